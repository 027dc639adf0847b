// The sync layer (FHIR mapping, outbox, transport) arrives with the FHIR and sync issues; until then the
// library exists so the layering ui -> sync -> core is already what the link lines say.
namespace tsumugi::sync {
int moduleVersion = 0;
}
