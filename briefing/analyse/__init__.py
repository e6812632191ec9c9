"""Analysis: what each article says on its own (dates, names, quotes, specifics, section terms).

Everything here looks at one article, or one sentence, at a time; it is the
map stage of the pipeline, cached per article and spread over processes.
"""
