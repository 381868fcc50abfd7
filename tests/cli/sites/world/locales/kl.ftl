# Kalaallisut: redline has no strings for it, and CLDR no name for it in itself.
language-name = Kalaallisut
