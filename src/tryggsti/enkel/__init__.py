"""«Enkel modus»: the whole of tryggsti as plain lines, for screen readers, braille
displays and terminals that are not full terminals.

No Textual and nothing from tryggsti.ui (an import-linter contract and a test in a
subprocess hold this): the same services, the same string table, and not one escape
byte on the way out, except the one clear that `tøm` asks for.
"""
