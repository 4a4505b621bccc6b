package extract

import (
	"strings"

	"bulletin/parser/span"
)

// citedTitleLineRule marks the issuer read off a line that prints a title
// the document cites in 《》.
const citedTitleLineRule = "cited-title-line"

// citedTitleLines reads a line that prints whole a title the document
// cites in 《》 (现将《某镇第十一届村民委员会换届选举工作方案》印发给你们 and
// the attached text's own title line, 某镇第十一届村民委员会换届选举工作
// 方案): an 印发 or 转发 notice prints the title of the text it sends out in
// 《》 and the text itself under its title (《党政机关公文处理工作条例》 §9,
// 附件; GB/T 9704-2012 §8.5), so the line is that title and is read as the
// cited one is: its issuers alone are bodies (citedIssuers: 某省民政厅关于…,
// 某市民政局某某办法), and the words of its subject name none (某市公益性公墓
// (骨灰堂)年检办法: the kind of cemetery the rules govern; 某镇第十一届村民
// 委员会换届选举: the election of the town's village committees). The names
// the other rules found on such a line give way to its issuers.
func citedTitleLines(s string, t span.Text, cs []candidate, e *Env) []candidate {
	if e == nil || !strings.Contains(e.Whole(), "《") {
		return cs
	}
	var out []candidate
	for start, end := range lineSpans(s) {
		line := strings.TrimSpace(s[start:end])
		if !citedWhole(e, line) {
			continue
		}
		i := start + strings.Index(s[start:end], line)
		j := i + len(line)
		cited := citedIssuers(s, t.HasGapAt, i, j)
		issuers := spansOf(cited)
		kept := cs[:0]
		for _, c := range cs {
			at := byteRange{c.start, c.end}
			if c.start >= i && c.end <= j && !issuers[at] {
				continue
			}
			delete(issuers, at) // found already: kept as read
			kept = append(kept, c)
		}
		cs = kept
		for _, c := range cited {
			if issuers[byteRange{c.start, c.end}] {
				out = append(out, candidate{c.start, c.end, citedTitleLineRule})
			}
		}
	}
	return append(cs, out...)
}

// citedWhole reports whether the document cites line whole in 《》: a title
// of some length (six characters or more, no 《 of its own).
func citedWhole(e *Env, line string) bool {
	if len([]rune(line)) < 6 || strings.ContainsAny(line, "《》") {
		return false
	}
	return e.citedTitles()[line]
}

// citedTitles is every title the document cites in 《》, read once: asked
// line by line of the whole text, a 16 MB document took twice as long.
func (e *Env) citedTitles() map[string]bool {
	e.citedOnce.Do(func() {
		e.cited = map[string]bool{}
		w := e.Whole()
		for {
			i := strings.Index(w, "《")
			if i < 0 {
				break
			}
			w = w[i+len("《"):]
			j := strings.IndexAny(w, "《》\n")
			if j < 0 {
				break
			}
			if strings.HasPrefix(w[j:], "》") {
				e.cited[w[:j]] = true
			}
			w = w[j:]
		}
	})
	return e.cited
}
