// Package span holds text that remembers where it came from: every byte of a
// Text maps back to a 1-based line of the original file. Cleaning, joining
// broken lines and squeezing PDF spaces all build Texts, so any slice an
// extractor takes can name its source lines.
package span

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lines is a 1-based, inclusive range of original lines.
type Lines struct {
	First, Last int
}

// mark says that from byte Off on, the text comes from original line Line.
type mark struct {
	Off, Line int
}

// Text is a string with a map back to original lines.
type Text struct {
	s     string
	marks []mark
	// gaps are offsets where white space of the source was squeezed out,
	// breaks where two source lines were joined: places a heading may end.
	gaps, breaks []int
}

// Plain makes a Text whose bytes all come from one line.
func Plain(s string, line int) Text {
	return Text{s: s, marks: []mark{{0, line}}}
}

func (t Text) String() string { return t.s }
func (t Text) Len() int       { return len(t.s) }

// LineAt is the original line of byte offset i.
func (t Text) LineAt(i int) int {
	if len(t.marks) == 0 {
		return 0
	}
	k := sort.Search(len(t.marks), func(k int) bool { return t.marks[k].Off > i }) - 1
	if k < 0 {
		k = 0
	}
	return t.marks[k].Line
}

// LinesOf is the range of original lines that bytes [i, j) come from.
func (t Text) LinesOf(i, j int) Lines {
	if j <= i {
		l := t.LineAt(i)
		return Lines{l, l}
	}
	return Lines{t.LineAt(i), t.LineAt(j - 1)}
}

// Lines is the range of original lines of the whole text.
func (t Text) Lines() Lines { return t.LinesOf(0, len(t.s)) }

// Slice is bytes [i, j) with their line map.
func (t Text) Slice(i, j int) Text {
	if i < 0 {
		i = 0
	}
	if j > len(t.s) {
		j = len(t.s)
	}
	if j < i {
		j = i
	}
	out := Text{s: t.s[i:j]}
	out.marks = append(out.marks, mark{0, t.LineAt(i)})
	for _, m := range t.marks {
		if m.Off > i && m.Off < j {
			out.marks = append(out.marks, mark{m.Off - i, m.Line})
		}
	}
	out.gaps = within(t.gaps, i, j)
	out.breaks = within(t.breaks, i, j)
	return out
}

func within(offs []int, i, j int) []int {
	var out []int
	for _, g := range offs {
		if g > i && g < j {
			out = append(out, g-i)
		}
	}
	return out
}

// Gaps are the offsets where source white space was squeezed out.
func (t Text) Gaps() []int { return t.gaps }

// Breaks are the offsets where two source lines were joined.
func (t Text) Breaks() []int { return t.breaks }

// HanGaps are the offsets where source white space stood between two
// Chinese characters: a word's gap, a letter-spaced heading's, or spaces an
// extractor strewed inside words.
func (t Text) HanGaps() []int {
	var out []int
	for _, i := range t.gaps {
		if i <= 0 || i >= len(t.s) {
			continue
		}
		b, _ := utf8.DecodeLastRuneInString(t.s[:i])
		a, _ := utf8.DecodeRuneInString(t.s[i:])
		if unicode.Is(unicode.Han, b) && unicode.Is(unicode.Han, a) {
			out = append(out, i)
		}
	}
	return out
}

// HasGapAt reports whether source white space stood at i.
func (t Text) HasGapAt(i int) bool { return has(t.gaps, i) }

// HasBreakAt reports whether a source line ended at i.
func (t Text) HasBreakAt(i int) bool { return has(t.breaks, i) }

func has(offs []int, i int) bool {
	k := sort.SearchInts(offs, i)
	return k < len(offs) && offs[k] == i
}

// TrimSpace drops leading and trailing white space, keeping the line map.
func (t Text) TrimSpace() Text {
	i, j := 0, len(t.s)
	for i < j {
		r, n := utf8.DecodeRuneInString(t.s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	for j > i {
		r, n := utf8.DecodeLastRuneInString(t.s[i:j])
		if !unicode.IsSpace(r) {
			break
		}
		j -= n
	}
	return t.Slice(i, j)
}

// Builder assembles a Text from source lines, squeezing the spaces that PDF
// extraction leaves between Chinese characters and digits.
type Builder struct {
	sb           strings.Builder
	marks        []mark
	gaps, breaks []int
}

// Len is the number of bytes written so far.
func (b *Builder) Len() int { return b.sb.Len() }

// Grow makes room for n more bytes of text: a builder that knows what it
// will hold copies it once, not at every doubling.
func (b *Builder) Grow(n int) { b.sb.Grow(n) }

// AddLine appends the text of one source line. Lines after the first are
// joined without a space unless both sides are Latin letters (words); a
// number broken across lines (11月2 / 6日) is joined whole.
func (b *Builder) AddLine(s string, line int) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	if b.sb.Len() > 0 {
		prev, _ := utf8.DecodeLastRuneInString(b.sb.String())
		next, _ := utf8.DecodeRuneInString(s)
		if isLetter(prev) && isLetter(next) {
			b.sb.WriteByte(' ')
		}
		b.breaks = appendOnce(b.breaks, b.sb.Len())
	}
	b.mark(line)
	writeSqueezed(b, s)
}

// AddText appends another Text as it is, keeping its line map and gaps.
func (b *Builder) AddText(t Text) {
	base := b.sb.Len()
	for _, m := range t.marks {
		b.marks = append(b.marks, mark{base + m.Off, m.Line})
	}
	for _, g := range t.gaps {
		b.gaps = append(b.gaps, base+g)
	}
	for _, g := range t.breaks {
		b.breaks = append(b.breaks, base+g)
	}
	b.sb.WriteString(t.s)
}

// AddSeparator appends a separator (such as "\n") attributed to line.
func (b *Builder) AddSeparator(sep string, line int) {
	b.mark(line)
	b.sb.WriteString(sep)
}

func (b *Builder) mark(line int) {
	off := b.sb.Len()
	if n := len(b.marks); n > 0 {
		if b.marks[n-1].Line == line {
			return
		}
		if b.marks[n-1].Off == off {
			b.marks[n-1].Line = line
			return
		}
	}
	b.marks = append(b.marks, mark{off, line})
}

func appendOnce(offs []int, off int) []int {
	if n := len(offs); n > 0 && offs[n-1] == off {
		return offs
	}
	return append(offs, off)
}

// Text is what has been built.
func (b *Builder) Text() Text {
	return Text{s: b.sb.String(), marks: append([]mark(nil), b.marks...),
		gaps: append([]int(nil), b.gaps...), breaks: append([]int(nil), b.breaks...)}
}

// writeSqueezed writes s, dropping runs of white space that touch a
// non-Latin character (PDF artefacts such as "2025 年 6 月") and folding
// other runs to one space ("Word Count").
func writeSqueezed(b *Builder, s string) {
	if !hasSpace(s) {
		b.sb.WriteString(s) // most lines: a quick look, no rune kept
		return
	}
	prev := rune(0)
	run := 0 // start of the stretch not yet written
	for i := 0; i < len(s); {
		c := s[i]
		if c != ' ' && c != '\t' && c < 0x80 {
			prev = rune(c)
			i++
			continue
		}
		if HanLead(c) { // not Latin, no space
			prev = utf8.RuneError
			i += 3
			continue
		}
		if !spaceLead(c) {
			prev = utf8.RuneError // a byte of a mark or a rare character: not Latin
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			prev = r
			i += n
			continue
		}
		b.sb.WriteString(s[run:i])
		j := i
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r2) {
				break
			}
			j += n2
		}
		next, _ := utf8.DecodeRuneInString(s[j:])
		if b.sb.Len() > 0 && j < len(s) {
			b.gaps = appendOnce(b.gaps, b.sb.Len())
		}
		if isLatin(prev) && isLatin(next) {
			b.sb.WriteByte(' ')
		}
		i, run = j, j
	}
	b.sb.WriteString(s[run:])
}

// isLatin reports whether r is a character that keeps a space beside
// another of its kind: ASCII letters, digits and the marks inside numbers,
// addresses and e-mails.
func isLatin(r rune) bool {
	return r < 0x80 && r > ' ' && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".,@_-/:+%&", r))
}

func isLetter(r rune) bool {
	return r < 0x80 && unicode.IsLetter(r)
}

// SqueezeString returns s with PDF spaces squeezed, as Builder.AddLine
// squeezes them, without a line map.
func SqueezeString(s string) string {
	if !hasSpace(s) {
		return s // nothing to squeeze: most lines
	}
	var b Builder
	writeSqueezed(&b, strings.TrimSpace(s))
	return b.sb.String()
}

// HanLead reports whether byte b leads a three-byte character of
// U+4000–U+9FFF, the block the Han characters of a text fill. None of them
// is a space, a digit, a Latin letter or a punctuation mark, so a scan for
// those steps over such a character whole.
func HanLead(b byte) bool { return b >= 0xE4 && b <= 0xE9 }

// spaceLead reports whether byte c can start a white-space rune: an ASCII
// byte, or the lead byte of U+0085, U+00A0 (C2), U+1680 (E1), U+2000–U+205F
// (E2) or U+3000 (E3). Han characters (E4–E9) and most marks cannot, so a
// scan for spaces decodes only these.
func spaceLead(c byte) bool {
	return c < 0x80 || c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3
}

// hasSpace reports whether s holds a white-space rune. It steps over the
// Han characters (lead bytes E4–E9) that fill most lines three bytes at a
// time.
func hasSpace(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case HanLead(c):
			i += 3
		case c < 0x80:
			if c == ' ' || c >= '\t' && c <= '\r' {
				return true
			}
			i++
		case spaceLead(c):
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return true
			}
			i += n
		default:
			i++
		}
	}
	return false
}

// Squeeze returns s with PDF spaces squeezed, as a Text on line.
func Squeeze(s string, line int) Text {
	var b Builder
	b.AddLine(s, line)
	return b.Text()
}
