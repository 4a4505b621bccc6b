package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/span"
	"bulletin/schema"
)

// signerLabels are the closing labels of a reply letter that name who
// signs it (领导署名:某某): cue list signerlabel. A field name, no title.
func signerLabels() *lexicon.Words { return lexicon.CueWordList("signerlabel") }

// reprintLabels are the credit labels of a repost (转载:某某) read only as
// a field of a closing credit: cue list reprintlabel. Elsewhere the word
// is a verb, so it is in no title list the segmenter learns from.
func reprintLabels() *lexicon.Words { return lexicon.CueWordList("reprintlabel") }

// labelledNames reads the people that a closing block's LABEL:NAME field
// names with a label of those lists: the label opens its field (the line's
// start, a space, a bracket or a bar before it) and its colon follows it.
// A signer label gives no role (as 联系人 gives none); a reprint label is
// the role as printed (GOLD.md people: credit labels are roles).
func labelledNames(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	if !strings.ContainsAny(s, ":：") {
		return nil
	}
	var out []schema.Person
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		for _, l := range []struct {
			words *lexicon.Words
			role  bool
			rule  string
		}{
			{signerLabels(), false, "people/signer-label"},
			{reprintLabels(), true, "people/reprint-credit"},
		} {
			if !l.words.MayStart(r) {
				continue
			}
			w, ok := l.words.At(s, i)
			if !ok || !fieldOpens(t, i) {
				continue
			}
			e := i + len(w)
			if !strings.HasPrefix(s[e:], ":") && !strings.HasPrefix(s[e:], "：") {
				continue
			}
			at := nameStart(s, e)
			name, ok := nameAfter(s, words(at), at)
			if !ok || !fieldCloses(t, at+len(name)) {
				continue
			}
			p := schema.Person{Name: name}
			if l.role {
				role := w
				p.Role = &role
				p.Titles = []string{w}
			}
			p.Found = found(t, i, at+len(name), l.rule)
			out = append(out, p)
		}
		i += n
	}
	return out
}

// fieldOpens reports whether a field of a closing line may open at i: the
// text's or a line's start, or a space (printed, or squeezed out of the
// text: t's gap), a bracket or a bar before it.
func fieldOpens(t span.Text, i int) bool {
	s := t.String()
	if i == 0 || t.HasGapAt(i) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r) || strings.ContainsRune("(（|【[", r)
}

// fieldCloses reports whether a field's value may close at i: the text's
// end, a space (printed or squeezed out), a closing bracket, a bar or a
// mark of a list or clause.
func fieldCloses(t span.Text, i int) bool {
	s := t.String()
	if i >= len(s) || t.HasGapAt(i) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r) || strings.ContainsRune(")）|】],，;；。、", r)
}

// greetVerb reports whether n, read as a name before a form of address
// (祝福|老人), is a verb of greeting or wishing: cue list greetverb.
func greetVerb(n string) bool { return lexicon.CueWordList("greetverb").Has(n) }

// dutyModified is the title w found at i widened over the word of the
// leaders' division of work printed right before it (主管|镇长, 分管|副县长:
// cue list dutymod), where w is an office: the post is the compound as
// printed, as 常务副局长 is. Elsewhere it is w at i.
func dutyModified(s string, i int, w string) (int, string) {
	if !officeWord(w) {
		return i, w
	}
	if m, ok := lexicon.CueWordList("dutymod").EndingAt(s, i); ok {
		return i - len(m), m + w
	}
	return i, w
}

// settlementRunOn reports whether a title and the name read after it are
// two settlement names run together in a list of places (清河镇长岗村:
// 清河镇 + 长岗村, not 镇长 + 岗村): the title opens with a settlement's
// ending (镇, 乡, 村: cue list settleend) right after a Han character, and
// the name ends with one.
func settlementRunOn(s string, ti title, n string) bool {
	ends := lexicon.CueWordList("settleend")
	if _, ok := ends.At(ti.word, 0); !ok {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:ti.start]); !unicode.Is(unicode.Han, r) {
		return false
	}
	_, ok := ends.Suffix(n)
	return ok
}
