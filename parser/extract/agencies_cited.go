package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// trialMarks are the brackets a title of rules closes with while the
// rules are on trial ((试行), (暂行)), none of the title's kind.
var trialMarks = []string{"(", "（"}

// ruleIssuer reads the issuer that opens a cited title of rules with no
// 关于 ([i, j) inside 《》: 《民政部彩票公益金使用管理信息公开办法(试行)》,
// 《福建省民政厅彩票公益金使用管理暂行办法》): a body's own rules are
// titled by its name, their subject, then the kind of text (办法, 细则,
// 规定: the cue words labelled doctype; or 指南, its own guide), as 部门
// 规章 and the normative texts of a department print them. The issuer is
// the shortest name with its place or a national body's word
// (agency.HasLocality) that names one body there and ends at a word's end: no class term (民政部门), no
// title of office (局长) and no common word (部署) runs on past it. It
// returns where the issuer ends.
func ruleIssuer(s string, i, j int) (int, bool) {
	title := s[i:j]
	for _, open := range trialMarks {
		if k := strings.LastIndex(title, open); k > 0 {
			title = title[:k]
		}
	}
	doctype, ok := lexicon.CueWordList("doctype").EndingAt(title, len(title))
	fromList := ok // a rule's kind of text, no guide's word (ownGuide)
	if !ok {
		doctype, ok = ownGuide(title)
	}
	if !ok || !agency.HasLocality(title) {
		return 0, false
	}
	// The subject stands between the issuer and the kind: the name ends
	// before it (湖北省地名管理|办法 holds no 办 of an office).
	subject := i + len(title) - len(doctype)
	suffixes := lexicon.AgencySuffixes()
	for e := i; e < subject; {
		_, w := utf8.DecodeRuneInString(s[e:])
		e += w
		suffix, ok := suffixes.EndingAt(s, e)
		if !ok || e >= subject || !agency.One(s[i:e], false) || commonWordEnds(s[i:e]) {
			continue // 某市养老服务设施布局|专项规划: 布局 is a word, no bureau
		}
		// An organ issues rules (a department, a government, a party's
		// body); a division's level (北京市社区…办法) names where they
		// apply, no issuer.
		if _, kind := agency.Ending(s[i:e]); kind != "government" && kind != "party" || lexicon.Levels().Has(suffix) {
			return 0, false
		}
		if termAcross(s, e, suffix) || nameWordAcross(s, e, suffix) {
			return 0, false
		}
		// A rule on a matter of government (《某省政府信息公开规定》) names
		// its place and the fixed term; a body's own guide (指南) is titled
		// by its name, the term's 政府 its ending (《某省人民政府信息公开指南》).
		if fromList && govTermAcross(s, e, suffix) {
			return 0, false
		}
		// A body's organ or office named by an ending right after it
		// (人大|常委会, 人民政府|办公室) is the issuer: the longest form
		// that is still a name (GOLD.md).
		// A one-character ending is no organ there but the head of a word
		// (厅|机关, 局属单位, 处室): the organ's word is two or more.
		if w, ok := suffixes.At(s, e); ok && utf8.RuneCountInString(w) > 1 && e+len(w) < subject && agency.One(s[i:e+len(w)], false) && !termAcross(s, e+len(w), w) && !nameWordAcross(s, e+len(w), w) {
			if _, kind := agency.Ending(s[i : e+len(w)]); kind == "government" || kind == "party" || kind == "unit" {
				e += len(w)
			}
		}
		return e, true
	}
	return 0, false
}

// govTermAcross reports whether a fixed term of government (the cue
// words labelled govterm: 政府信息公开, 政府网站) starts inside the ending
// that ends at e and runs on past it.
func govTermAcross(s string, e int, suffix string) bool {
	terms := lexicon.CueWordList("govterm")
	for k := e - len(suffix); k < e; {
		if w, ok := terms.At(s, k); ok && k+len(w) > e {
			return true
		}
		_, w := utf8.DecodeRuneInString(s[k:])
		k += w
	}
	return false
}

// nameWordAcross reports whether a title of office or a common word that is
// no name (局长, 部署: the non-agency words) starts inside the ending that
// ends at e and runs on past it.
func nameWordAcross(s string, e int, suffix string) bool {
	for k := e - len(suffix); k < e; {
		for _, words := range []*lexicon.Words{lexicon.Titles(), lexicon.NonAgencyWords()} {
			if w, ok := words.At(s, k); ok && k+len(w) > e {
				return true
			}
		}
		_, w := utf8.DecodeRuneInString(s[k:])
		k += w
	}
	return false
}

// ownGuide is the word a body's own guide ends its title with (指南, the
// agency cues labelled guide: 《甘肃省人民政府信息公开指南》), which the body
// titles by its name as it does its rules; or the word of a regulation
// (条例, labelled regulation), which a text citing one may open with the
// organ that made it (《国务院某某管理条例》), the issuer ruleIssuer reads;
// or the word of an emergency plan (预案, labelled emergencyplan), which a
// department titles by its name (《某省民政厅防范…应急预案》).
func ownGuide(title string) (string, bool) {
	cues := lexicon.AgencyCues()
	w, ok := cues.EndingAt(title, len(title))
	return w, ok && (cues.Label(w, 0) == "guide" || cues.Label(w, 0) == "regulation" || cues.Label(w, 0) == "emergencyplan")
}

// charterBody reads the body whose charter a cited title names ([i, j)
// inside 《》: 《中国科学技术协会章程》): a charter is titled by the whole
// name of the body it governs and the word 章程 (the agency cues labelled
// charter), so the words before that word name the body, if they name
// one body. It returns where the name ends.
func charterBody(s string, i, j int) (int, bool) {
	cues := lexicon.AgencyCues()
	w, ok := cues.EndingAt(s[:j], j)
	if !ok || cues.Label(w, 0) != "charter" {
		return 0, false
	}
	e := j - len(w)
	// A charter of a kind of body (《老年协会章程》) names no one body: the
	// name holds its place, as a rule's issuer does.
	if e <= i || !agency.HasLocality(s[i:e]) || !agency.One(s[i:e], false) {
		return 0, false
	}
	return e, true
}
