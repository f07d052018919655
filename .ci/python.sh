# Sourced by .ci/run and .ci/install-check: find_python VERSION prints an interpreter for
# VERSION on this machine: what uv finds outside virtual environments (without downloading),
# then pyenv's (its shims only answer for the active version); failing both, the bare version,
# for which uv downloads a managed interpreter when it is used.
find_python() {
    local version=$1 candidate
    if candidate=$(UV_PYTHON_DOWNLOADS=never uv python find --system "$version" 2>/dev/null); then
        echo "$candidate"
        return
    fi
    for candidate in "${PYENV_ROOT:-$HOME/.pyenv}/versions/$version".*/bin/python"$version"; do
        if [ -x "$candidate" ]; then
            echo "$candidate"
            return
        fi
    done
    echo "$version"
}

# An interpreter's path for VERSION: find_python's answer, downloading one with uv if needed.
python_path() {
    local found
    found=$(find_python "$1")
    if [ -x "$found" ]; then
        echo "$found"
    else
        uv python install --quiet "$1" >&2
        uv python find "$1"
    fi
}
