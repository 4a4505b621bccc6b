package extract

// lifeStageWords are the words for the stages of a life (《现代汉语词典》:
// 童年, 少年, 青年, 中年, 壮年, 老年 …), which the segmenter tags as words
// of time (老年/t). Inside a body's name they name the people it serves
// or gathers (中国老年大学协会, 某省青年志愿者协会), no time of the clause,
// so after the name's first words they open no name as a time word does
// (lastVerb). One that opens the words (老年协会) is left as it was read,
// a class of bodies with no place.
var lifeStageWords = map[string]bool{
	"童年": true, "幼年": true, "少年": true, "青年": true,
	"中年": true, "壮年": true, "老年": true, "晚年": true,
}

// lifeStageWord reports whether w is a stage of life (lifeStageWords).
func lifeStageWord(w string) bool { return lifeStageWords[w] }
