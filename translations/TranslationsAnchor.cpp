// The translations library carries only compiled catalogues (resources); this file gives it an object to link.
namespace tsumugi {
int translationsAnchor = 0;
}
