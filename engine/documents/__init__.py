"""Uploaded documents (a CV, a job advert) turned into plain text, safely.

The one way in is ``engine.documents.reading.read_document``: the size and the kind of file are
checked in this process, and the parsing itself runs in a child process with time and memory
limits, so a hostile or broken file costs at most one child. This package imports nothing
heavy at import time: the child starts from it.
"""
