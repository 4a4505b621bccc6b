package read

import (
	"archive/zip"
	"context"
	"errors"
	"strconv"
	"strings"
	"unicode"
)

// Word's automatic numbering. A numbered paragraph holds no text for its
// label: 一、 （一） 1. are computed from numbering.xml as Word lays the page
// out. A paragraph names a list instance (w:num) and a level (w:ilvl),
// directly or through its paragraph style; the instance points to an
// abstract list (w:abstractNum) whose levels give the start, the number
// format (decimal, chineseCounting, …) and the label's pattern (%1、).
// Counters belong to the abstract list, so two instances of one list go on
// counting together unless an instance overrides a level's start.

// docxLevel is one level of a list: how its label is printed.
type docxLevel struct {
	start   int
	format  string // w:numFmt: decimal, chineseCounting, bullet, …
	text    string // w:lvlText, %1 … %9 standing for the levels' numbers
	hasText bool
	restart int    // w:lvlRestart: the (1-based) level whose use restarts this one; 0 never
	legal   bool   // w:isLgl: every level's number in decimal
	suffix  string // w:suff: tab, space or nothing after the label
	style   string // w:pStyle: the paragraph style tied to this level
	font    string // the label's font, which gives a symbol bullet its meaning
}

// docxList is an abstract list: its nine levels and, for a list defined by a
// numbering style, the style that holds its definition.
type docxList struct {
	levels    map[int]*docxLevel
	styleLink string // w:numStyleLink
	// counters, shared by every instance of the list
	value   map[int]int
	started map[int]bool
}

// docxInstance is a w:num: a list and the levels it overrides.
type docxInstance struct {
	list      string
	levels    map[int]*docxLevel // w:lvlOverride/w:lvl
	starts    map[int]int        // w:lvlOverride/w:startOverride
	used      bool               // the overrides take effect at its first paragraph
	resolving bool
}

// docxStyle is what a paragraph style gives a paragraph's numbering.
type docxStyle struct {
	basedOn  string
	outline  int // w:outlineLvl + 1; 0 not set
	numID    string
	hasNumID bool
	ilvl     int
	hasIlvl  bool
}

// docxNumbering holds the lists and the paragraph styles of a document,
// and the counters as the body is read in order.
type docxNumbering struct {
	lists        map[string]*docxList
	instances    map[string]*docxInstance
	styles       map[string]*docxStyle // paragraph styles by w:styleId
	numStyles    map[string]string     // numbering styles: w:styleId → w:numId
	defaultStyle string
	symbols      map[string]string
}

// XML of numbering.xml and styles.xml. Attributes are strings and read
// leniently: a malformed number drops that setting, not the part.
type (
	docxVal struct {
		Val string `xml:"val,attr"`
	}
	docxNumPr struct {
		Ilvl  *docxVal `xml:"ilvl"`
		NumID *docxVal `xml:"numId"`
	}
	docxXMLLevel struct {
		Ilvl    string   `xml:"ilvl,attr"`
		Start   *docxVal `xml:"start"`
		NumFmt  *docxVal `xml:"numFmt"`
		LvlText *docxVal `xml:"lvlText"`
		Restart *docxVal `xml:"lvlRestart"`
		IsLgl   *docxVal `xml:"isLgl"`
		Suff    *docxVal `xml:"suff"`
		PStyle  *docxVal `xml:"pStyle"`
		Fonts   *struct {
			ASCII string `xml:"ascii,attr"`
			HAnsi string `xml:"hAnsi,attr"`
		} `xml:"rPr>rFonts"`
	}
	docxXMLNumbering struct {
		Lists []struct {
			ID           string         `xml:"abstractNumId,attr"`
			Levels       []docxXMLLevel `xml:"lvl"`
			NumStyleLink *docxVal       `xml:"numStyleLink"`
		} `xml:"abstractNum"`
		Instances []struct {
			ID        string  `xml:"numId,attr"`
			List      docxVal `xml:"abstractNumId"`
			Overrides []struct {
				Ilvl  string        `xml:"ilvl,attr"`
				Start *docxVal      `xml:"startOverride"`
				Level *docxXMLLevel `xml:"lvl"`
			} `xml:"lvlOverride"`
		} `xml:"num"`
	}
	docxXMLStyles struct {
		Styles []struct {
			Type    string     `xml:"type,attr"`
			ID      string     `xml:"styleId,attr"`
			Default string     `xml:"default,attr"`
			BasedOn *docxVal   `xml:"basedOn"`
			NumPr   *docxNumPr `xml:"pPr>numPr"`
			Outline *docxVal   `xml:"pPr>outlineLvl"`
		} `xml:"style"`
	}
)

// numbering reads the numbering and styles parts (either may be missing).
// A part that cannot be parsed leaves the paragraphs unlabelled rather than
// the document unread; a limit passed or the time run out stops the read.
func (p *docxPackage) numbering(numPart, stylePart *zip.File) (*docxNumbering, error) {
	n := &docxNumbering{
		lists:     map[string]*docxList{},
		instances: map[string]*docxInstance{},
		styles:    map[string]*docxStyle{},
		numStyles: map[string]string{},
		symbols:   docxSymbols(),
	}
	fatal := func(err error) bool {
		return errors.Is(err, ErrLimit) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
	}
	if stylePart != nil {
		var x docxXMLStyles
		if err := p.decode(stylePart, &x); fatal(err) {
			return nil, err
		} else if err == nil {
			n.addStyles(&x)
		}
	}
	if numPart != nil {
		var x docxXMLNumbering
		if err := p.decode(numPart, &x); fatal(err) {
			return nil, err
		} else if err == nil {
			n.addLists(&x)
		}
	}
	return n, nil
}

func (n *docxNumbering) addStyles(x *docxXMLStyles) {
	for _, s := range x.Styles {
		switch s.Type {
		case "paragraph", "":
			st := &docxStyle{}
			if s.BasedOn != nil {
				st.basedOn = s.BasedOn.Val
			}
			if s.Outline != nil {
				if v, err := strconv.Atoi(s.Outline.Val); err == nil {
					st.outline = v + 1
				}
			}
			if s.NumPr != nil {
				if s.NumPr.NumID != nil {
					st.numID, st.hasNumID = s.NumPr.NumID.Val, true
				}
				if s.NumPr.Ilvl != nil {
					if v, err := strconv.Atoi(s.NumPr.Ilvl.Val); err == nil {
						st.ilvl, st.hasIlvl = v, true
					}
				}
			}
			if _, dup := n.styles[s.ID]; !dup {
				n.styles[s.ID] = st
			}
			if docxOn(s.Default) && n.defaultStyle == "" {
				n.defaultStyle = s.ID
			}
		case "numbering":
			if s.NumPr != nil && s.NumPr.NumID != nil {
				n.numStyles[s.ID] = s.NumPr.NumID.Val
			}
		}
	}
}

func (n *docxNumbering) addLists(x *docxXMLNumbering) {
	for _, a := range x.Lists {
		l := &docxList{levels: map[int]*docxLevel{}, value: map[int]int{}, started: map[int]bool{}}
		for i := range a.Levels {
			if k, lvl, ok := docxParseLevel(&a.Levels[i]); ok {
				l.levels[k] = lvl
			}
		}
		if a.NumStyleLink != nil {
			l.styleLink = a.NumStyleLink.Val
		}
		if _, dup := n.lists[a.ID]; !dup {
			n.lists[a.ID] = l
		}
	}
	for _, x := range x.Instances {
		in := &docxInstance{list: x.List.Val, levels: map[int]*docxLevel{}, starts: map[int]int{}}
		for _, o := range x.Overrides {
			k, err := strconv.Atoi(o.Ilvl)
			if err != nil || !docxLevelIndex(k) {
				continue
			}
			if o.Start != nil {
				if v, err := strconv.Atoi(o.Start.Val); err == nil {
					in.starts[k] = v
				}
			}
			if o.Level != nil {
				if _, lvl, ok := docxParseLevel(o.Level); ok {
					in.levels[k] = lvl
				}
			}
		}
		if _, dup := n.instances[x.ID]; !dup {
			n.instances[x.ID] = in
		}
	}
}

// docxLevelIndex reports whether k is one of Word's nine list levels.
func docxLevelIndex(k int) bool { return k >= 0 && k <= 8 }

// docxParseLevel reads a w:lvl. Word's defaults: a list starts at 0, a
// level restarts after any level above it, a tab follows the label.
func docxParseLevel(x *docxXMLLevel) (int, *docxLevel, bool) {
	k, err := strconv.Atoi(x.Ilvl)
	if err != nil || !docxLevelIndex(k) {
		return 0, nil, false
	}
	lvl := &docxLevel{format: "decimal", restart: k, suffix: "tab"}
	if x.Start != nil {
		if v, err := strconv.Atoi(x.Start.Val); err == nil {
			lvl.start = v
		}
	}
	if x.NumFmt != nil && x.NumFmt.Val != "" {
		lvl.format = x.NumFmt.Val
	}
	if x.LvlText != nil {
		lvl.text, lvl.hasText = x.LvlText.Val, true
	}
	if x.Restart != nil {
		if v, err := strconv.Atoi(x.Restart.Val); err == nil && v >= 0 {
			lvl.restart = v
		}
	}
	if x.IsLgl != nil {
		lvl.legal = x.IsLgl.Val == "" || docxOn(x.IsLgl.Val)
	}
	if x.Suff != nil && x.Suff.Val != "" {
		lvl.suffix = x.Suff.Val
	}
	if x.PStyle != nil {
		lvl.style = x.PStyle.Val
	}
	if x.Fonts != nil {
		lvl.font = x.Fonts.ASCII
		if lvl.font == "" {
			lvl.font = x.Fonts.HAnsi
		}
	}
	return k, lvl, true
}

// docxOn reads an OOXML on/off value.
func docxOn(v string) bool {
	switch v {
	case "1", "true", "on":
		return true
	}
	return false
}

// paragraphNumbering is the list a paragraph belongs to: from its own
// w:numPr, else from its style and the styles the style is based on.
func (n *docxNumbering) paragraphNumbering(p *docxPara) (numID string, ilvl int, ok bool) {
	style := p.style
	if style == "" {
		style = n.defaultStyle
	}
	var fromStyle *docxStyle
	seen := map[string]bool{}
	for s := style; s != "" && !seen[s]; {
		seen[s] = true
		st := n.styles[s]
		if st == nil {
			break
		}
		if st.hasNumID || st.hasIlvl {
			if fromStyle == nil {
				fromStyle = &docxStyle{}
			}
			if st.hasNumID && !fromStyle.hasNumID {
				fromStyle.numID, fromStyle.hasNumID = st.numID, true
			}
			if st.hasIlvl && !fromStyle.hasIlvl {
				fromStyle.ilvl, fromStyle.hasIlvl = st.ilvl, true
			}
		}
		s = st.basedOn
	}
	switch {
	case p.hasNumID:
		numID = p.numID
	case fromStyle != nil && fromStyle.hasNumID:
		numID = fromStyle.numID
	default:
		return "", 0, false
	}
	if numID == "" || numID == "0" { // numId 0 takes numbering off
		return "", 0, false
	}
	switch {
	case p.hasIlvl:
		ilvl = p.ilvl
	case fromStyle != nil && fromStyle.hasIlvl:
		ilvl = fromStyle.ilvl
	default:
		// The level tied to the paragraph's style, else the first.
		if l := n.list(numID); l != nil {
			for k := 8; k >= 0; k-- {
				if lvl := l.levels[k]; lvl != nil && lvl.style != "" && lvl.style == style {
					ilvl = k
				}
			}
		}
	}
	if !docxLevelIndex(ilvl) {
		return "", 0, false
	}
	return numID, ilvl, true
}

// heading is a paragraph's heading level, 1 to 9, from its own outline
// level or its style's (followed through basedOn); 0 for body text, which
// Word marks as outline level 9 (here 10).
func (n *docxNumbering) heading(p *docxPara) int {
	level := p.outline
	style := p.style
	if style == "" {
		style = n.defaultStyle
	}
	seen := map[string]bool{}
	for s := style; level == 0 && s != "" && !seen[s]; {
		seen[s] = true
		st := n.styles[s]
		if st == nil {
			break
		}
		level, s = st.outline, st.basedOn
	}
	if level < 1 || level > 9 {
		return 0
	}
	return level
}

// list is the abstract list of instance numID, following a list defined
// by a numbering style (w:numStyleLink) to the instance that style names.
func (n *docxNumbering) list(numID string) *docxList {
	seen := map[string]bool{}
	for !seen[numID] {
		seen[numID] = true
		in := n.instances[numID]
		if in == nil {
			return nil
		}
		l := n.lists[in.list]
		if l == nil {
			return nil
		}
		if l.styleLink == "" || len(l.levels) > 0 {
			return l
		}
		numID = n.numStyles[l.styleLink]
	}
	return nil
}

// level is the definition of level k as instance in prints it.
func (n *docxNumbering) level(in *docxInstance, l *docxList, k int) *docxLevel {
	if lvl := in.levels[k]; lvl != nil {
		return lvl
	}
	if lvl := l.levels[k]; lvl != nil {
		return lvl
	}
	return nil
}

// label counts a numbered paragraph and returns the label Word prints
// before its text, with what follows the label ("" for a bullet or a label
// ending in punctuation, a space after a bare number or word).
func (n *docxNumbering) label(p *docxPara) string {
	numID, k, ok := n.paragraphNumbering(p)
	if !ok {
		return ""
	}
	in, l := n.instances[numID], n.list(numID)
	if in == nil || l == nil {
		return ""
	}
	lvl := n.level(in, l, k)
	if lvl == nil {
		return ""
	}
	if !in.used {
		in.used = true
		for j, v := range in.starts {
			l.value[j], l.started[j] = v-1, true
		}
	}
	// Count this level; restart the levels below it that restart after it.
	if l.started[k] {
		l.value[k]++
	} else {
		l.value[k], l.started[k] = lvl.start, true
	}
	for j := k + 1; j <= 8; j++ {
		if below := n.level(in, l, j); below != nil && below.restart > k {
			l.started[j] = false
		} else if below == nil {
			l.started[j] = false
		}
	}
	if !lvl.hasText {
		return ""
	}
	if lvl.format == "bullet" {
		return n.bullet(lvl)
	}
	var b strings.Builder
	text := lvl.text
	for i := 0; i < len(text); i++ {
		if text[i] == '%' && i+1 < len(text) && text[i+1] >= '1' && text[i+1] <= '9' {
			j := int(text[i+1] - '1')
			i++
			at := n.level(in, l, j)
			if at == nil {
				continue
			}
			v := at.start
			if l.started[j] {
				v = l.value[j]
			}
			format := at.format
			if lvl.legal {
				format = "decimal"
			}
			b.WriteString(docxFormatNumber(v, format))
			continue
		}
		b.WriteByte(text[i])
	}
	s := b.String()
	if strings.TrimSpace(s) == "" {
		return ""
	}
	return s + docxLabelSuffix(s, lvl.suffix)
}

// docxLabelSuffix is what stands between a label and the paragraph's
// text. Word puts a tab or a space there; a typist writes nothing after a
// label that ends in punctuation (一、 （一） 1.) and a space after a bare
// number or word (第一章 总则). A tab would make the line a table row.
func docxLabelSuffix(label, suffix string) string {
	if suffix == "nothing" {
		return ""
	}
	r := []rune(label)
	last := r[len(r)-1]
	if unicode.IsLetter(last) || unicode.IsDigit(last) || unicode.Is(unicode.No, last) {
		return " "
	}
	return ""
}

// bullet is a bullet level's label: its character, with a symbol font's
// private-use code turned into the Unicode character it draws.
func (n *docxNumbering) bullet(lvl *docxLevel) string {
	var b strings.Builder
	for _, r := range lvl.text {
		if s, ok := n.symbol(lvl.font, r); ok {
			b.WriteString(s)
		} else if !unicode.IsSpace(r) && unicode.IsPrint(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
