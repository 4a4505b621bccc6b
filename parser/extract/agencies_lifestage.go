package extract

import "bulletin/parser/lexicon"

// lifeStageWord reports whether w is a stage of a life (cue_words.tsv,
// lifestage: 童年, 青年, 老年 …), which the segmenter tags as a word of time
// (老年/t). Inside a body's name it names the people the body serves or
// gathers (中国老年大学协会, 某省青年志愿者协会), no time of the clause, so
// after the name's first words it opens no name as a time word does
// (lastVerb). One that opens the words (老年协会) is left as it was read,
// a class of bodies with no place.
func lifeStageWord(w string) bool { return lexicon.CueWordList("lifestage").Has(w) }
