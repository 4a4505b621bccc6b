// Package clean repairs text as PDF extraction, word processors and web pages
// leave it: line ends, full-width digits and letters, Markdown marks, pages
// set in two columns read as one. Every Line keeps the number of the
// original line it comes from (a line of two columns gives two), so every
// later stage can name original line numbers. What a line is (page chrome among the rest)
// is the layout's to decide.
package clean

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Line is one line of the original file after repair.
type Line struct {
	Num     int    // 1-based line number in the original file
	Text    string // repaired text, inner spaces kept, ends trimmed
	Indent  int    // leading white space of the original line, in runes
	Heading int    // Markdown heading level (#, ## …), 0 if none
	Rule    bool   // a Markdown horizontal rule (---) stood here
	Item    bool   // a Markdown list item (- 首页), its mark taken off
	Tabs    bool   // the line holds tab-separated cells
	Hard    bool   // it ends in two spaces, a Markdown hard break (read by JoinSoftBreaks only)
}

// Blank reports whether the line has no text.
func (l Line) Blank() bool { return l.Text == "" }

// Lines splits text into repaired lines. CRLF, CR and LF all end a line.
func Lines(text string) []Line { return LinesOn(text, 1) }

// LinesOn is Lines with the lines measured and repaired on up to workers
// goroutines, each a stretch of them: every line is repaired on its own,
// so the lines are the same for any number (TestLinesSameShared). A long
// document is worth it; a short one is best read on one.
func LinesOn(text string, workers int) []Line {
	text = strings.TrimPrefix(text, "\uFEFF")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	raw := strings.Split(text, "\n")
	if n := len(raw); n > 1 && raw[n-1] == "" {
		raw = raw[:n-1]
	}
	src := brokenPairs(brokenRows(blockLines(columns(raw, workers))))
	out := make([]Line, len(src))
	stretches(len(src), workers, func(from, to int) {
		for i := from; i < to; i++ {
			out[i] = repair(src[i].text, src[i].num)
		}
	})
	return out
}

// stretches calls do on [0, n) cut into up to workers stretches, each on a
// goroutine of its own; with one worker, do(0, n) in the caller. A panic
// in a stretch is raised again in the caller.
func stretches(n, workers int, do func(from, to int)) {
	if workers < 2 || n < 2 {
		do(0, n)
		return
	}
	var (
		wg      sync.WaitGroup
		once    sync.Once
		failure any
	)
	step := (n + workers - 1) / workers
	for from := 0; from < n; from += step {
		wg.Go(func() {
			defer func() {
				if r := recover(); r != nil {
					once.Do(func() { failure = r })
				}
			}()
			do(from, min(from+step, n))
		})
	}
	wg.Wait()
	if failure != nil {
		panic(failure)
	}
}

var (
	headingMark = regexp.MustCompile(`^(#{1,6})\s+`)
	ruleLine    = regexp.MustCompile(`^\s*([-*_]\s*){3,}$`)
	listMark    = regexp.MustCompile(`^[-*+]\s+`)
	quoteMark   = regexp.MustCompile(`^>\s?`)
	boldMark    = strings.NewReplacer("**", "", "__", "")
	// imageMark is a Markdown image, ![alt](address): a picture the page
	// showed, none of its text (a converter leaves ![]() where it had no
	// alt text).
	imageMark = regexp.MustCompile(`!\[[^\]\n]*\]\([^)\n]*\)`)
)

// dropBold removes Markdown's bold marks (**…**, __…__) from s. A run of
// marks between two letters or figures is no mark but a mask over a
// number's hidden digits (512323******0014, 138****5678), as a 公示 prints
// identity and phone numbers: it stays. So does a mask over hidden words
// that a copy of a page prints for what it withholds (****民政局, the name
// hidden): a run of four stars or more before a word, which no bold mark
// is, or a pair of stars before a word that no other pair on the line
// closes (2024年,**民政局共收到…).
func dropBold(s string) string {
	if !strings.ContainsAny(s, "*_") {
		return s
	}
	// The stars' runs that may be bold marks, to tell a pair from a lone one.
	marks := 0
	for i := 0; i < len(s); {
		if s[i] != '*' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == '*' {
			j++
		}
		if j-i < 4 && !(i > 0 && j < len(s) && isASCIIAlnum(s[i-1]) && isASCIIAlnum(s[j])) {
			marks++
		}
		i = j
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		if c != '*' && c != '_' {
			b.WriteByte(c)
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == c {
			j++
		}
		masked := c == '*' && j < len(s) && (j-i >= 4 || j-i == 2 && marks == 1) && wordAt(s[j:])
		if masked || i > 0 && j < len(s) && isASCIIAlnum(s[i-1]) && isASCIIAlnum(s[j]) {
			b.WriteString(s[i:j])
		} else {
			b.WriteString(boldMark.Replace(s[i:j]))
		}
		i = j
	}
	return b.String()
}

// wordAt reports whether s opens with a Chinese character, a letter or a
// figure.
func wordAt(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Han, r) || unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// toneMarked are the vowels of Hanyu Pinyin with their tone marks (GB/T
// 16159): a syllable that holds one is a reading, no English word.
const toneMarked = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"

// rubyMark is a reading set in brackets after a character, as some
// mirrors of a page print the pinyin of rare or all characters:
// 財(cái)政局, 關（guān）于.
var rubyMark = regexp.MustCompile(`[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})[)）]`)

// rubyAt is rubyMark at the start of s.
var rubyAt = regexp.MustCompile(`^` + rubyMark.String())

// RubyAt returns the length of a reading set at byte i of s after a
// Chinese character (財(cái)政局 at the bracket), or 0: what dropRuby
// removes, for a reader that matches cleaned text against the printed one.
func RubyAt(s string, i int) int {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	if i >= len(s) || s[i] != '(' && !strings.HasPrefix(s[i:], "（") || !unicode.Is(unicode.Han, before) {
		return 0
	}
	m := rubyAt.FindStringSubmatchIndex(s[i:])
	if m == nil || !strings.ContainsAny(s[i+m[2]:i+m[3]], toneMarked) {
		return 0
	}
	return m[1]
}

// dropRuby removes the readings set after characters: a bracketed pinyin
// syllable with a tone mark right after a Chinese character. The text
// reads as printed without them, and names run whole again (財政局).
func dropRuby(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range rubyMark.FindAllStringSubmatchIndex(s, -1) {
		before, _ := utf8.DecodeLastRuneInString(s[:m[0]])
		if !unicode.Is(unicode.Han, before) || !strings.ContainsAny(s[m[2]:m[3]], toneMarked) {
			continue
		}
		b.WriteString(s[last:m[0]])
		last = m[1]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// mayHaveToneMark reports whether s holds a lead byte of a tone-marked
// vowel's UTF-8 (U+00E0-U+01DC: 0xC3, 0xC4, 0xC5, 0xC7), a byte no Chinese
// character's UTF-8 holds: the cheap test before strings.ContainsAny,
// which looks each rune of s up in toneMarked.
func mayHaveToneMark(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0xC3, 0xC4, 0xC5, 0xC7:
			return true
		}
	}
	return false
}

func repair(s string, num int) Line {
	l := Line{Num: num, Hard: strings.HasSuffix(s, "  ")}
	if strings.Contains(s, "\xef\xac") { // U+FB00-FB3F: the Latin ligatures' block
		s = ligatures.Replace(s)
	}
	if needsFold(s) {
		s = strings.Map(foldRune, s)
	}
	l.Tabs = strings.Count(strings.TrimRight(s, " \t"), "\t") > 0
	// A tab-separated row keeps its leading tabs: they are empty cells.
	trimmed := strings.TrimLeft(s, " \t")
	if l.Tabs {
		trimmed = strings.TrimLeft(s, " ")
	}
	l.Indent = len(s) - len(trimmed) // spaces and tabs: one byte a rune
	s = trimmed
	if !l.Tabs {
		s = strings.TrimRightFunc(s, unicode.IsSpace)
	}
	// The Markdown marks are looked for only where they can be: the
	// regular expressions are costly on the long lines of running text.
	if s != "" && strings.ContainsRune("-*_", rune(s[0])) && ruleLine.MatchString(s) {
		l.Rule = true
		return l
	}
	// A rule an extractor ran into the heading under it (--## 平顶山市
	// 民政局关于…的通知, pdftotext's copy of --- over ## …): the heading.
	if s != "" && strings.ContainsRune("-_=", rune(s[0])) {
		if k := strings.IndexFunc(s, func(r rune) bool { return !strings.ContainsRune("-_=", r) }); k >= 2 && strings.HasPrefix(s[k:], "#") {
			s = s[k:]
		}
	}
	if strings.HasPrefix(s, "#") {
		if m := headingMark.FindStringSubmatch(s); m != nil {
			l.Heading = len(m[1])
			s = s[len(m[0]):]
		}
	}
	// A quote mark, unless the line goes on with more arrows: then it is
	// a trail of links wrapped onto its own line (> 民政概要 > 大事记).
	if strings.HasPrefix(s, ">") && !strings.Contains(s[1:], ">") {
		s = quoteMark.ReplaceAllString(s, "")
	}
	if !l.Tabs && s != "" && strings.ContainsRune("-*+", rune(s[0])) {
		if m := listMark.FindString(s); m != "" {
			s, l.Item = s[len(m):], true
		}
	}
	if strings.Contains(s, "![") {
		s = imageMark.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "**") || strings.Contains(s, "__") {
		s = dropBold(s)
	}
	// After the bold marks: an escaped star (138\*\*\*\*5678) is a star.
	s = dropMarkup(s)
	if mayHaveToneMark(s) && strings.ContainsAny(s, toneMarked) {
		s = dropRuby(s)
	}
	if l.Tabs {
		s = strings.TrimRight(s, " ") // trailing tabs are empty cells
	} else {
		s = strings.TrimSpace(s)
	}
	l.Text = s
	return l
}

// ligatures spell out the Latin ligatures a PDF's font may set (ﬁle:///
// as pdfminer, pypdf and Ghostscript give a printout's footer), as NFKC
// does.
var ligatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st")

// foldRune turns full-width digits, Latin letters and number signs into
// ASCII, odd spaces into plain ones, and radicals into the ideographs they
// stand for (⺠ into 民). Chinese punctuation (（）：，；) is kept: it is part
// of how names and attributions are written.
func foldRune(r rune) rune {
	switch {
	case isRadical(r):
		if u, ok := radicals()[r]; ok {
			return u
		}
	case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ':
		return r - 0xFEE0
	case r == '％' || r == '．' || r == '＠' || r == '＋' || r == '－' || r == '／' || r == '＿' || r == '＆' || r == '＃' || r == '～' || r == '＝':
		return r - 0xFEE0
	case r == '\u3000' || r == '\u00A0' || r == '\u2002' || r == '\u2003' || r == '\u2009' || r == '\u200B' || r == '\uFEFF':
		if r == '\u200B' || r == '\uFEFF' {
			return -1
		}
		return ' '
	case r == '\u2027' || r == '\u30FB': // ‧ ・ as written for the middle dot
		return '·'
	case r < ' ' && r != '\t':
		return -1
	}
	return r
}

// needsFold reports whether s holds a character that foldRune changes.
// Only a control byte or a rune led by C2, E2, E3 or EF can be one (odd
// spaces, full-width forms, the middle dots, radicals, a BOM), and only those are
// decoded: most lines, Chinese punctuation and all, are left as they are.
func needsFold(s string) bool {
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c >= 0xE4 && c <= 0xE9: // span.HanLead; clean comes before span
			i += 3 // a Han character: step over it whole
		case c < ' ' && c != '\t':
			return true
		case c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF:
			r, n := utf8.DecodeRuneInString(s[i:])
			if foldRune(r) != r {
				return true
			}
			i += n
		default:
			i++
		}
	}
	return false
}
