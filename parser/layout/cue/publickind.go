package cue

import (
	"slices"
	"strings"
	"unicode/utf8"

	"bulletin/parser/punct"
)

// NamesPublicKind reports whether some line of d names a kind of public
// text (公告, 通告, 公示, 批复, 征求意见: 现予以公示, …的通告) outside the 《》
// of a text it cites: the texts that close with a 落款 and none of a
// 公文's other marks. A report its bureau signs at the end names none of
// its own (下发了《…整治公告》), and stays a report (GOLD.md, kind).
func (d *Doc) NamesPublicKind() bool {
	kinds := publicKinds.all()
	for _, l := range d.Lines {
		if containsAny(unquotedTitles(l.Sq), kinds) {
			return true
		}
	}
	return false
}

// unquotedTitles is s without the titles it cites in 《》.
func unquotedTitles(s string) string {
	if !strings.Contains(s, "《") {
		return s
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '《':
			depth++
		case r == '》' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Proclaimed reports whether the opening sentence of d's running text
// proclaims it a public text: a clause opened by 现 and closed by the
// text's kind and 如下 (现将有关事项通告如下, 现就…公告如下, 现通告如下),
// the formula only the issuing body writes of its own text, with or
// without a title over it or a 落款 under it. A report that quotes a
// notice prints the formula after sentences of its own (具体公告内容如下).
func (d *Doc) Proclaimed() bool {
	for i, l := range d.Lines {
		if !d.punct[i] {
			continue
		}
		if proclaims(l.Sq) {
			return true
		}
		if strings.Contains(l.Sq, "。") {
			return false
		}
	}
	return false
}

// TitleProclaimed reports whether a title of d names the text's kind of
// 公文 (…祭扫通知, …标准通知) and its preamble, before the first numbered
// part, proclaims the text in the same kind (现就…工作通知如下): the issuer
// writes both of its own text, with or without a 落款 or the marks of a
// 公文 under it. A report that quotes a notice names another kind in its
// headline (某地发通知 over 现将有关事项通告如下), or names none.
func (d *Doc) TitleProclaimed() bool {
	var titled []string // the kinds the lines over the preamble close with
	for i, l := range d.Lines {
		if k, _, _ := Enumerator(l.Sq); k != NoEnum {
			return false
		}
		if !d.punct[i] {
			if w, ok := titledKinds.suffix(l.Sq); ok {
				titled = append(titled, w)
			}
			continue
		}
		if w, ok := proclaimedKind(l.Sq, titledKinds); ok && slices.Contains(titled, w) {
			return true
		}
		if len(titled) == 0 && strings.Contains(l.Sq, "。") {
			// A report's own sentence before any title of the kind: what
			// it quotes under a title further down is no text of its own
			// (具体公告内容如下： / 关于…公告 / 现就…公告如下).
			return false
		}
	}
	return false
}

// proclaims reports whether s holds a clause that opens with 现 and closes
// with a public text's kind and 如下.
func proclaims(s string) bool {
	_, ok := proclaimedKind(s, publicKinds)
	return ok
}

// proclaimedKind is the kind of kinds that closes a clause of s opened by
// 现 before 如下 (现就…通知如下: 通知).
func proclaimedKind(s string, kinds words) (string, bool) {
	for rest := s; ; {
		k := strings.Index(rest, "如下")
		if k < 0 {
			return "", false
		}
		before := rest[:k]
		rest = rest[k+len("如下"):]
		w, ok := kinds.suffix(before)
		if !ok {
			continue
		}
		clause := strings.TrimLeft(before[ClauseStart(before):], " ")
		if strings.HasPrefix(clause, "现") && len(clause) > len(w) {
			return w, true
		}
	}
}

// ProclaimsRules reports whether s holds the formula in which an issuing
// body proclaims the rules of its notice: a clause closed by a notice's
// kind and 如下 (cue_words.tsv, proclaim: 通告如下, 公告如下, 通知如下) and
// opened by 现 (现通告如下), or holding 现将 or 现就 (cue_words.tsv,
// proclaimlead) after the body that opens it (某区政府现将有关事项通告如下).
// A news report that carries a notice in full prints it too (具体公告内容
// 如下：… 现就…公告如下): what follows is the notice's own text.
func ProclaimsRules(s string) bool {
	for i := 0; i < len(s); i++ {
		w, ok := proclaimFormulas.prefix(s[i:])
		if !ok {
			continue
		}
		before := s[:i]
		clause := strings.TrimLeft(before[ClauseStart(before):], " ")
		if strings.HasPrefix(clause, "现") {
			return true
		}
		for k := range clause {
			if _, ok := proclaimLeads.prefix(clause[k:]); ok {
				return true
			}
		}
		i += len(w) - 1
	}
	return false
}

// ClauseStart is where the last clause of s begins: after its last mark
// that opens one (，。；：), or at 0. Quotes and brackets stand inside a
// clause (现就…“十五五”规划…公告如下), and so does a list of the things the
// clause names (现将…收费项目、收费标准公示如下).
func ClauseStart(s string) int {
	k := strings.LastIndexFunc(s, func(r rune) bool {
		return strings.ContainsRune(punct.ClauseMarks+punct.SentenceEnds, r)
	})
	if k < 0 {
		return 0
	}
	_, n := utf8.DecodeRuneInString(s[k:])
	return k + n
}
