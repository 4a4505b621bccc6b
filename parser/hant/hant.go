// Package hant lets the parser read text printed in traditional characters
// (mirror sites convert pages to 繁體) with its simplified lexicons and
// cues: Map turns each traditional character to its simplified form for
// matching, and Printed.Restore puts the printed form back into what the
// parser found. A mapped character is 3 bytes in UTF-8 like the one it
// replaces, so the mapped text keeps every byte offset and line of the
// printed one.
package hant

import (
	_ "embed"
	"reflect"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/clean"
)

// tsText is OpenCC's TSCharacters table cut to its one-to-one entries (see
// the header of ts.txt for source, licence and what was dropped).
//
//go:embed ts.txt
var tsText string

type table struct {
	simp   map[rune]rune     // traditional → simplified
	target map[rune]struct{} // the simplified forms the map can give
	// mapped marks the runes of simp, one bit each over the BMP, so that a
	// text with none (every simplified one) is passed over without a map
	// lookup a character: a long document costs a bit test a rune.
	mapped [1 << 16 / 64]uint64
}

// has reports whether r is a key of simp.
func (t *table) has(r rune) bool {
	return r < 1<<16 && t.mapped[r>>6]&(1<<(r&63)) != 0
}

var loadTable = sync.OnceValue(func() *table {
	t := &table{simp: map[rune]rune{}, target: map[rune]struct{}{}}
	for line := range strings.Lines(tsText) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		tr, tn := utf8.DecodeRuneInString(k)
		sr, sn := utf8.DecodeRuneInString(v)
		// Only a pair that keeps the byte length may enter: offsets in
		// the mapped text must be offsets in the printed one.
		if !ok || tn != len(k) || sn != len(v) || tn != sn || tr == sr {
			continue
		}
		t.simp[tr] = sr
		t.target[sr] = struct{}{}
		if tr < 1<<16 {
			t.mapped[tr>>6] |= 1 << (tr & 63)
		}
	}
	return t
})

// Map is s with every traditional character of the table in its simplified
// form, and every other character as it is. len(Map(s)) == len(s), and a
// byte offset or line of one is the same in the other. Where nothing maps,
// s itself is returned.
func Map(s string) string {
	t := loadTable()
	first := strings.IndexFunc(s, func(r rune) bool { return r >= 0x3400 && t.has(r) })
	if first < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:first])
	for _, r := range s[first:] {
		if r >= 0x3400 && t.has(r) {
			r = t.simp[r]
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Printed is a text as printed beside its mapped copy, line by line (lines
// are 1-based, as a record's spans number them).
type Printed struct {
	orig, mapped string // whole text, "\n" line ends
	start        []int  // byte offset of each line's first byte; start[0] is line 1
	changed      []int  // the lines (1-based, ascending) Map changed
}

// NewPrinted keeps text (line ends "\n") for Restore.
func NewPrinted(text string) *Printed {
	p := &Printed{orig: text, mapped: Map(text), start: []int{0}}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			p.start = append(p.start, i+1)
		}
	}
	for n := 1; n <= len(p.start); n++ {
		if i, j := p.lines(n, n); p.orig[i:j] != p.mapped[i:j] {
			p.changed = append(p.changed, n)
		}
	}
	return p
}

// changedIn reports whether Map changed a line of first..last.
func (p *Printed) changedIn(first, last int) bool {
	k, _ := slices.BinarySearch(p.changed, first)
	return k < len(p.changed) && p.changed[k] <= max(last, first)
}

// Changed says whether the text held any character that Map changes; when
// not, the parse read the printed text itself and nothing needs restoring.
func (p *Printed) Changed() bool { return p.orig != p.mapped }

// lines is the byte range of lines first..last, clamped to the text; the
// whole text where first is 0 (a value with no line).
func (p *Printed) lines(first, last int) (int, int) {
	if first < 1 || first > len(p.start) {
		return 0, len(p.orig)
	}
	last = min(max(last, first), len(p.start))
	end := len(p.orig)
	if last < len(p.start) {
		end = p.start[last]
	}
	return p.start[first-1], end
}

// Form is s, a value read from the mapped text on lines first..last, as
// printed there: the printed bytes at the place the mapped copy holds s.
// White space the cleaner squeezed out of s (a name broken over two lines)
// may stand between its characters there. s comes back as it is where it
// holds nothing Map can give, or where it is not found: a value the parser
// composed rather than read (a name resolved against the locality).
func (p *Printed) Form(s string, first, last int) string {
	if first > 0 && !p.changedIn(first, last) || !p.couldMap(s) {
		return s
	}
	i, j := p.lines(first, last)
	if k := strings.Index(p.mapped[i:j], s); k >= 0 {
		return p.orig[i+k : i+k+len(s)]
	}
	if f, ok := p.squeezed(s, i, j); ok {
		return f
	}
	// Not on its own lines: a value the parser composed (a name resolved
	// against the locality). It is left as it is rather than sought in
	// the whole text, which would cost a long document a scan a value.
	return s
}

// couldMap says whether s holds a character that Map gives.
func (p *Printed) couldMap(s string) bool {
	t := loadTable()
	return strings.IndexFunc(s, func(r rune) bool { _, ok := t.target[r]; return ok }) >= 0
}

// squeezed finds s in mapped[i:j] with white space skipped between its
// characters, and returns the printed characters matched, without that
// space.
func (p *Printed) squeezed(s string, i, j int) (string, bool) {
	first, _ := utf8.DecodeRuneInString(s)
	for at := i; at < j; {
		k := strings.IndexRune(p.mapped[at:j], first)
		if k < 0 {
			return "", false
		}
		at += k
		if f, ok := p.matchFrom(s, at, j); ok {
			return f, true
		}
		_, n := utf8.DecodeRuneInString(p.mapped[at:])
		at += n
	}
	return "", false
}

func (p *Printed) matchFrom(s string, at, j int) (string, bool) {
	var b strings.Builder
	for _, r := range s {
		for at < j {
			// The cleaner also dropped the readings a mirror sets after
			// characters (財(cái)政局): they are skipped as space is.
			if c, _ := utf8.DecodeRuneInString(p.mapped[at:j]); c != r {
				if n := clean.RubyAt(p.mapped[:j], at); n > 0 {
					at += n
					continue
				}
			}
			c, n := utf8.DecodeRuneInString(p.mapped[at:j])
			if c == r || !unicode.IsSpace(c) {
				break
			}
			at += n
		}
		if at >= j {
			return "", false
		}
		c, n := utf8.DecodeRuneInString(p.mapped[at:j])
		if c != r {
			return "", false
		}
		b.WriteString(p.orig[at : at+n])
		at += n
	}
	return b.String(), true
}

// Restore sets every string reachable from the pointers in vs to its
// printed Form. A struct with int fields Line and EndLine (a span) gives
// the lines its strings are looked up on; a field whose jsonschema tag
// lists an enum is a word of the schema's vocabulary (a level 县, a kind),
// not text read from the document, and is left alone.
func (p *Printed) Restore(vs ...any) {
	if !p.Changed() {
		return
	}
	for _, v := range vs {
		p.restore(reflect.ValueOf(v), 0, 0)
	}
}

func (p *Printed) restore(v reflect.Value, first, last int) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			p.restore(v.Elem(), first, last)
		}
	case reflect.String:
		if v.CanSet() {
			if f := p.Form(v.String(), first, last); f != v.String() {
				v.SetString(f)
			}
		}
	case reflect.Interface:
		// A table cell held as any: restore a copy and put it back.
		if v.IsNil() || !v.CanSet() {
			return
		}
		e := reflect.New(v.Elem().Type()).Elem()
		e.Set(v.Elem())
		p.restore(e, first, last)
		v.Set(e)
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			p.restore(v.Index(i), first, last)
		}
	case reflect.Map:
		if v.Type().Key().Kind() != reflect.String {
			return
		}
		iter := v.MapRange()
		type kv struct{ k, v reflect.Value }
		var set []kv
		for iter.Next() {
			e := reflect.New(iter.Value().Type()).Elem()
			e.Set(iter.Value())
			p.restore(e, first, last)
			set = append(set, kv{iter.Key(), e})
		}
		for _, s := range set {
			v.SetMapIndex(s.k, s.v)
		}
	case reflect.Struct:
		if l := v.FieldByName("Line"); l.IsValid() && l.Kind() == reflect.Int && l.Int() > 0 {
			first, last = int(l.Int()), int(l.Int())
			if e := v.FieldByName("EndLine"); e.IsValid() && e.Kind() == reflect.Int {
				if e.Int() > l.Int() {
					last = int(e.Int())
				}
				if !p.changedIn(first, last) {
					return // a span (an item, a passage) no mapped line falls in
				}
			}
		}
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() || strings.Contains(f.Tag.Get("jsonschema"), "enum=") {
				continue
			}
			p.restore(v.Field(i), first, last)
		}
	}
}
