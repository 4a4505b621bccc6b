package extract

import "bulletin/parser/lexicon"

// ensuredWhom reports whether the count at r names whom a requirement
// covers: right after a word of securing (确保, 保证) and a whole
// jurisdiction (cue_words.tsv, scopeall: 全省, 全市, 辖区), a count
// of people or households (whomcount: 名, 户, 位) that the clause goes on
// to say what they shall have (确保全省2174名集中供养特困人员温暖安全过冬,
// 确保全市17.61余万名城乡困难群众按时足额领取生活补助). Those it counts are
// the clause's subject, all there are, no level it sets out to reach; a
// count after the verb it requires (确保完成1000户改造, 确保培训不少于500名),
// or one with no jurisdiction it is all of (确保100名社工参训: how many
// shall), is one. Source: 《现代汉语词典》 确保 (确实地保持或保证), the 通知 of bureaus
// on relief before festivals.
func ensuredWhom(s string, clause, r byteRange, unit string) bool {
	if _, ok := lexicon.CueWordList("whomcount").Prefix(unit); !ok {
		return false
	}
	before := s[clause.Start:r.Start]
	w, ok := lexicon.CueWordList("scopeall").Suffix(before)
	if !ok {
		return false // 确保100名社工参训: how many shall, a level to reach
	}
	before = before[:len(before)-len(w)]
	_, ok = lexicon.CueWordList("purposetail").Suffix(before)
	return ok
}
