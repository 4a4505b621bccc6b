package lexicon

import "sync"

// TargetCues are the words the targets rules of extract look for that no
// other list holds (data/target_cues.tsv: word<TAB>list[<TAB>list…]), kept
// apart from cue_words.tsv so the rules that read them own their file.
var TargetCues = lazy("target_cues.tsv")

var targetCueLists sync.Map // list name → *Words

// TargetCueList is one list of TargetCues, indexed for lookups at a
// position as the other lists are.
func TargetCueList(name string) *Words {
	if w, ok := targetCueLists.Load(name); ok {
		return w.(*Words)
	}
	all := TargetCues()
	var rs [][]string
	for _, word := range all.All() {
		for _, l := range all.labels[word] {
			if l == name {
				rs = append(rs, []string{word})
				break
			}
		}
	}
	w, _ := targetCueLists.LoadOrStore(name, newWords(rs))
	return w.(*Words)
}
