package extract

import "bulletin/parser/lexicon"

// divisionChange finds no body in the set phrase of a change of
// divisions that opens the words (撤镇设街道, 撤县设区, 撤乡建镇): a verb of
// abolishing and a level, then a verb of setting up and a level, as the
// 请示 and 批复 on 行政区划调整 name the change (the agency cues labelled
// change); the level that closes it is the new division's kind, no
// body's ending.
type divisionChange struct{}

func (divisionChange) open(r *startReading) bool {
	return !changePhrase(r.s, r.i, r.e)
}

// changePhrase reports whether [i, e) opens with a change of divisions:
// twice a verb of change and a level word.
func changePhrase(s string, i, e int) bool {
	cues, levels := lexicon.AgencyCues(), lexicon.Levels()
	k := i
	for range 2 {
		w, ok := cues.At(s, k)
		if !ok || cues.Label(w, 0) != "change" {
			return false
		}
		k += len(w)
		l, ok := levels.At(s, k)
		if !ok {
			return false
		}
		k += len(l)
	}
	return k <= e
}
