#!/bin/sh
# The layers' one-way dependencies, checked on the sources: ui -> sync -> core, core knows nothing of Qt Widgets
# or the network, and the store (core/db, ClinicRecord::db()) is sealed inside core: other layers go through the
# repositories and ClinicRecord::atomically(). Prints every offending line; fails when there is one.
root=${1:?usage: check_layers.sh SOURCE_DIR}
cd "$root" || exit 2
failed=0
offend() {
    # $1: what is wrong; the rest: grep arguments
    what=$1
    shift
    hits=$(grep -rnE "$@" 2>/dev/null)
    if [ -n "$hits" ]; then
        echo "layering: $what"
        echo "$hits" | sed 's/^/  /'
        failed=1
    fi
}
offend "the store is core's own: no core/db outside core" '#include "core/db/' ui sync app
offend "the store is core's own: no ClinicRecord::db() outside core (use the repositories or atomically())" \
    '(\.|->)db\(\)' ui sync app
offend "core knows nothing of Qt Widgets" '#include <(QtWidgets|QWidget|QApplication|QDialog|QMainWindow)' core
offend "core knows nothing of the network" '#include <(QtNetwork|QNetwork|QTcp|QSsl|curl/)' core
offend "core does not depend on sync or ui" '#include "(sync|ui)/' core
offend "sync does not depend on ui" '#include "ui/' sync
offend "sync knows nothing of Qt Widgets" '#include <(QtWidgets|QWidget|QApplication|QDialog|QMainWindow)' sync
if [ "$failed" -eq 0 ]; then
    echo "layering: ui -> sync -> core holds; the store is sealed in core"
fi
exit "$failed"
