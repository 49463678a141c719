"""Sphinx configuration for the csto_corpus documentation.

Build it the way CI does (warnings are errors, every cross-reference must resolve)::

    sphinx-build -W --keep-going -n -b html docs docs/_build/html
    sphinx-build -W --keep-going -n -b doctest docs docs/_build/doctest
"""

from __future__ import annotations

import sys
from importlib.metadata import version as _version
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE / "_inventories"))

from make_inventories import header_field  # noqa: E402  (found through the path above)

# -- Project ------------------------------------------------------------------------------

project = "csto_corpus"
author = "csto_corpus developers"
copyright = "2026, csto_corpus developers"
# The version is read from the installed package, never written here twice.
release = _version("csto-corpus")
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "myst_parser",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build", "_inventories", "Thumbs.db", ".DS_Store"]
# Every cross-reference must resolve: CI builds with -n (and -W), so a link to nowhere
# fails the build. There is deliberately no nitpick_ignore list.
nitpicky = True

# -- Narrative pages: Markdown through MyST ---------------------------------------------

myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
myst_heading_anchors = 3

# -- API reference: autodoc ---------------------------------------------------------------

autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_default_options = {"exclude-members": "__init__, __new__"}


def _no_parameter_list_for_classes(app, domain, objtype, contentnode):
    """Leave the field types of a model class to its attribute entries.

    The model classes are attrs classes whose ``__init__`` takes exactly their fields, and
    each field is documented as an attribute with its type; with type hints shown in the
    description, autodoc would add a "Parameters" list repeating all of them. Exceptions
    keep their parameters (they are not attributes documented elsewhere) but not the
    "Return type: None" of their ``__init__``.
    """
    if domain != "py" or objtype not in {"class", "exception"}:
        return
    signature = contentnode.parent[0]
    fullname = ".".join(filter(None, (signature.get("module"), signature.get("fullname"))))
    # Where autodoc keeps the type hints it recorded: the current document (newer Sphinx)
    # or the environment's temporary data (Sphinx 7).
    document = getattr(app.env, "current_document", None)
    annotations = getattr(document, "autodoc_annotations", None)
    if annotations is None:
        annotations = app.env.temp_data.get("annotations", {})
    if objtype == "class":
        annotations.pop(fullname, None)
    else:
        annotations.get(fullname, {}).pop("return", None)


def setup(app):
    # Before autodoc's own handler (priority 500) merges the type hints into the page.
    app.connect("object-description-transform", _no_parameter_list_for_classes, priority=400)


# -- Doctests ---------------------------------------------------------------------------

# The narrative pages' examples are ``{doctest}`` directives, run by
# ``sphinx-build -b doctest``. The ``>>>`` examples inside docstrings are run by pytest
# (``--doctest-modules``) in their module's namespace; Sphinx would run them without it, so
# its doctest builder leaves bare doctest blocks alone.
doctest_test_doctest_blocks = ""
# No global setup: each page imports what it uses, so its examples can be copied as they are.

# -- Cross-references to other projects, offline -------------------------------------------
#
# CI and the machines we build on reach no network but the package registry, so intersphinx
# cannot download the objects.inv of Python, attrs, cattrs or dateutil, and with -n every
# type in a signature that points at them would fail the build. Rather than ignore those
# names (which leaves them as plain text), docs/_inventories/ holds a small inventory per
# project, written in Sphinx's inventory format: it lists the names our signatures and pages
# use, each pointing at its real page in that project's documentation, and was checked
# against the projects' own inventories. intersphinx reads it as the local inventory of the
# project's real base URL, so links in the built pages go to docs.python.org, attrs.org,
# catt.rs and dateutil.readthedocs.io, and the build never touches the network.
# Add a name to docs/_inventories/<project>.txt and run
# ``python docs/_inventories/make_inventories.py`` when a new one appears in the API.
_INVENTORIES = ("python", "attrs", "cattrs", "dateutil", "hypothesis")
# Hypothesis's @composite functions keep their annotations as written, ``st.SearchStrategy``
# with the module alias, which no inventory can name; the alias is the only exception.
nitpick_ignore = [("py:class", "st.SearchStrategy")]
intersphinx_mapping = {
    name: (
        header_field((_HERE / "_inventories" / f"{name}.txt").read_text("utf-8"), "Base URL"),
        f"_inventories/{name}.inv",
    )
    for name in _INVENTORIES
}

# -- HTML -----------------------------------------------------------------------------------

html_theme = "furo"
html_title = f"csto_corpus {release}"
html_static_path: list[str] = []
