package extract

// actVerbName reports whether name is itself one of the verbs a report
// prints right after an official's name (cue_words.tsv, actverb: 通报,
// 介绍, 陪同): such a verb follows the name and is never one, so after a
// title with no name printed (主要负责人通报了…, 负责人介绍) it is the
// clause's verb, whatever the segmenter tagged it (通报, a noun as well).
func actVerbName(name string) bool { return actVerbs().Has(name) }
