package layout

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode/utf8"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// Example is a document whose lines carry their roles (testdata/roles),
// to fit the weights to and to measure the decoder on.
type Example struct {
	Name string
	Text string
	Kind Kind
	Rows []RoleRow
}

// example is an Example read by the cues.
type example struct {
	name    string
	matches [][]int
	feats   [][]int32
	gold    []int
	family  int
	nums    []int // the line number of each line
}

func prepare(ex Example) example {
	d := cue.NewDoc(units(clean.Lines(ex.Text)))
	m := cue.Match(d)
	nums := make([]int, len(d.Lines))
	for i, l := range d.Lines {
		nums[i] = l.Num
	}
	return example{name: ex.Name, matches: m, feats: featuresOf(m), gold: alignRoles(d.Lines, ex.Rows), family: family(ex.Kind), nums: nums}
}

// vline is a line of a variant being laid out, with its roles (nil for a
// blank line; several for a line the layout cuts into parts).
type vline struct {
	text  string
	roles []Role
}

// Variants lays an example out again as other extractions give the same
// document, its roles carried along: without blank lines, with a blank
// after every line, its paragraphs joined into one line each, wrapped at
// the given widths (from its paragraphs, as a PDF sets them), and wrapped
// into pages that a printer framed with its chrome (a running header
// repeating the headline, the time printed, the page's address and
// number).
func Variants(ex Example, widths []int) []Example {
	lines := strings.Split(strings.ReplaceAll(ex.Text, "\r\n", "\n"), "\n")
	byNum := map[int][]Role{}
	for _, r := range ex.Rows {
		byNum[r.Num] = append(byNum[r.Num], r.Role)
	}
	var nonBlank []vline
	for i, l := range lines {
		if rs := byNum[i+1]; strings.TrimSpace(l) != "" && rs != nil {
			nonBlank = append(nonBlank, vline{l, rs})
		}
	}
	build := func(name string, rows []vline) Example {
		var b strings.Builder
		out := Example{Name: ex.Name + "/" + name, Kind: ex.Kind}
		for i, r := range rows {
			b.WriteString(r.text)
			b.WriteByte('\n')
			for _, ro := range r.roles {
				out.Rows = append(out.Rows, RoleRow{Num: i + 1, Role: ro})
			}
		}
		out.Text = b.String()
		return out
	}
	var spaced []vline
	for _, r := range nonBlank {
		spaced = append(spaced, r, vline{})
	}
	paras := paragraphsOf(nonBlank)
	// A web page sets its paragraphs apart with a blank line.
	var parted []vline
	for k, p := range paras {
		if k > 0 {
			parted = append(parted, vline{})
		}
		parted = append(parted, p)
	}
	out := []Example{build("no-blanks", nonBlank), build("blank-after-each", spaced), build("paragraphs", paras),
		build("paragraphs-apart", parted)}
	for _, w := range widths {
		out = append(out, build(fmt.Sprintf("wrap-%d", w), wrapAll(paras, w)))
	}
	if len(widths) > 0 {
		w := widths[len(widths)/2]
		wrapped := wrapAll(paras, w)
		out = append(out, build(fmt.Sprintf("pages-%d", w), paged(wrapped, w)))
		// A copy of the first page alone: a document cut off after its
		// first items still is of its kind.
		if per := linesPerPage(w); len(wrapped) > per {
			// It ends before a table the page breaks, whose rows apart
			// from their grid read as no table.
			for per > 0 && slices.Contains(wrapped[per-1].roles, cue.Table) {
				per--
			}
			if per > 0 {
				out = append(out, build(fmt.Sprintf("first-page-%d", w), wrapped[:per]))
			}
		}
	}
	// Tables set with tabs, as a web page's or a Markdown converter's
	// pipes, and as columns aligned with spaces.
	if slices.ContainsFunc(nonBlank, func(l vline) bool { return strings.Contains(l.text, "\t") }) {
		out = append(out, build("pipe-tables", regrid(nonBlank, pipeRow)), build("spaced-tables", regrid(nonBlank, spacedRow)))
	}
	return out
}

// regrid sets again every tab-separated row of a table.
func regrid(lines []vline, row func(cells []string, first bool) []string) []vline {
	var out []vline
	first := true
	for _, l := range lines {
		if !strings.Contains(l.text, "\t") {
			out = append(out, l)
			first = true
			continue
		}
		for _, t := range row(strings.Split(l.text, "\t"), first) {
			out = append(out, vline{t, l.roles})
		}
		first = false
	}
	return out
}

// pipeRow sets a row as Markdown does, with the rule under the first.
func pipeRow(cells []string, first bool) []string {
	r := "| " + strings.Join(cells, " | ") + " |"
	if !first {
		return []string{r}
	}
	return []string{r, "|" + strings.Repeat("---|", len(cells))}
}

// spacedRow sets a row as columns apart by runs of spaces; an empty cell
// is a dash, as such tables print it.
func spacedRow(cells []string, _ bool) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		if c = strings.TrimSpace(c); c == "" {
			c = "-"
		}
		out[i] = c
	}
	return []string{strings.Join(out, "    ")}
}

// paragraphsOf joins the lines of a paragraph into one: a line of running
// text that ends no sentence runs on to the next line of body text.
func paragraphsOf(lines []vline) []vline {
	var out []vline
	for _, r := range lines {
		if n := len(out); n > 0 && len(r.roles) == 1 && len(out[n-1].roles) == 1 && runsOn(out[n-1], r.roles[0]) &&
			!strings.Contains(out[n-1].text, "\t") && !strings.Contains(r.text, "\t") {
			out[n-1].text = strings.TrimRight(out[n-1].text, " ") + strings.TrimSpace(r.text)
			continue
		}
		out = append(out, vline{strings.TrimSpace(r.text), r.roles})
	}
	return out
}

// runsOn reports whether a line with role r continues the line p.
func runsOn(p vline, r Role) bool {
	if r != cue.Body || cue.EndsSentence(p.text) {
		return false
	}
	switch p.roles[0] {
	case cue.Body:
		return true
	case cue.Brief, cue.Heading, cue.Subheading:
		return cue.SentencePunct(p.text)
	}
	return false
}

// wrapAll wraps every line at width w; a line the layout cuts into parts
// is kept whole.
func wrapAll(lines []vline, w int) []vline {
	var out []vline
	for _, p := range lines {
		// A grid's rows keep their width (a re-wrapped row is no row), and
		// so does a page's furniture (a wrapped link's pieces are nothing).
		if len(p.roles) > 1 || strings.Contains(p.text, "\t") || len(p.roles) == 1 && (p.roles[0] == cue.Table || p.roles[0] == cue.Chrome) {
			out = append(out, p)
			continue
		}
		for k, part := range wrap(p.text, w) {
			roles := p.roles
			if k > 0 {
				roles = []Role{continued(p.roles[0], p.text)}
			}
			out = append(out, vline{part, roles})
		}
	}
	return out
}

// linesPerPage is how many lines of w characters a page holds: as many as
// it is wide, and a half again, the proportions of a page of A4.
func linesPerPage(w int) int { return w + w/2 }

// paged cuts lines into pages as a browser prints them, each framed by its
// chrome: the time printed and the headline above, the address and the
// page's number below, linesPerPage lines a page.
func paged(lines []vline, w int) []vline {
	headline := ""
	for _, l := range lines {
		if len(l.roles) == 1 && l.roles[0] == cue.Title {
			headline = l.text
			break
		}
	}
	per := linesPerPage(w)
	pages := (len(lines) + per - 1) / per
	chrome := []Role{cue.Chrome}
	var out []vline
	for p := 0; p < pages; p++ {
		out = append(out, vline{"3/18/24, 10:21 AM", chrome}, vline{})
		page := lines[p*per : min(len(lines), (p+1)*per)]
		if headline != "" {
			// The running header repeats the headline; on the first page
			// it comes first, and the headline printed after it is the
			// second copy.
			role := chrome
			if p == 0 {
				role = []Role{cue.Title}
				page = append([]vline(nil), page...)
				for k := range page {
					if page[k].text == headline && len(page[k].roles) == 1 && page[k].roles[0] == cue.Title {
						page[k].roles = chrome
						break
					}
				}
			}
			out = append(out, vline{headline, role}, vline{})
		}
		out = append(out, page...)
		out = append(out, vline{}, vline{"http://www.example.gov.cn/art/2024/3/18/art_1.html", chrome}, vline{},
			vline{fmt.Sprintf("%d/%d", p+1, pages), chrome}, vline{})
	}
	return out
}

// continued is the role of the second and later lines of a line of role r
// wrapped: a heading's wrapped words are heading while they are heading
// alone, and body once its text runs on; a brief goes on as body.
func continued(r Role, text string) Role {
	switch r {
	case cue.Heading, cue.Subheading:
		if cue.SentencePunct(text) {
			return cue.Body
		}
	case cue.Brief:
		return cue.Body
	}
	return r
}

// wrap cuts s into lines of at most w columns.
func wrap(s string, w int) []string {
	if cue.Width(s) <= float64(w) {
		return []string{s}
	}
	var out []string
	var cur strings.Builder
	width := 0.0
	for _, r := range s {
		rw := 1.0
		if r < utf8.RuneSelf {
			rw = 0.5
		}
		if width+rw > float64(w) {
			out = append(out, cur.String())
			cur.Reset()
			width = 0
		}
		cur.WriteRune(r)
		width += rw
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// fitWidths are the widths the documents are wrapped at again to fit the
// weights: a narrow column, a page of 公文 (28 characters a line, GB/T
// 9704-2012 §5.2.2), a wide page.
var fitWidths = []int{20, 28, 38}

// FitWidths are the widths the documents are wrapped at again to fit the
// weights to.
func FitWidths() []int { return append([]int(nil), fitWidths...) }

// DefaultFitting is how weights.tsv is fitted: the regularised machine,
// λ and epochs chosen by leaving each labelled document out in turn
// (fitweights -cv). On the first 66 documents, of λ 0 (the perceptron),
// 0.01, 0.03, 0.1, 0.3 and 1, 0.3 labelled the documents left out best;
// with 80, 0.1 does (lines 0.963 against 0.958, kinds 718 against 715 of
// 728), and the hand-set weights worst.
var DefaultFitting = Fitting{Epochs: 30, Lambda: 0.1}

// Fitting says how the weights are fitted.
type Fitting struct {
	// Epochs is how many times every example is visited.
	Epochs int
	// Lambda is how strongly the weights are held to the hand-set ones
	// (the roles each cue declares). 0 fits with the averaged structured
	// perceptron (Collins 2002), free of them but for its start; above 0
	// with a structured support vector machine by stochastic subgradient
	// steps (Pegasos, Shalev-Shwartz et al. 2007), its regulariser
	// λ/2·‖w − w_hand‖²: with a handful of documents, a cue keeps saying
	// what it declares unless the documents show otherwise.
	Lambda float64
	// Orders, above 0, is how many fits are made apart, each visiting the
	// examples in an order shuffled anew every epoch from its own fixed
	// seed, and averaged: one order's weights hang on where each example
	// falls in it, so that leaving out one document moves records its
	// cues never touch. 0 visits them once, in the order given.
	Orders int
	// Tail is the percentage of the first epochs left out of the average:
	// their steps are the longest and the furthest from the optimum.
	Tail int
	// Lenient skips an example whose roles no profile admits (a page
	// labelled with a role none of its line's cues allows) instead of
	// failing.
	Lenient bool
}

// Fit fits the weights to the examples and writes them to w in the form
// weights.tsv holds. Each example is decoded with a cost for every line it
// gets wrong; where that labelling scores at least as well as the right
// one, the weights move towards the features of the right one and away
// from those of the wrong one. The weights kept are the average over every
// step, which generalises better than the last.
func Fit(examples []Example, f Fitting, w io.Writer, header string) error {
	m, err := fit(examples, f)
	if err != nil {
		return err
	}
	return writeModel(w, m, header)
}

func fit(examples []Example, f Fitting) (*model, error) {
	if f.Tail < 0 || f.Tail >= 100 || f.Epochs*f.Tail/100 >= f.Epochs {
		return nil, fmt.Errorf("fitting: leaving %d%% of %d epochs out of the average leaves none to average", f.Tail, f.Epochs)
	}
	var exs []example
	for _, e := range examples {
		exs = append(exs, prepare(e))
	}
	orders := max(1, f.Orders)
	mean := newModel()
	for o := 0; o < orders; o++ {
		var rng *rand.Rand
		if f.Orders > 0 {
			rng = rand.New(rand.NewPCG(uint64(o), 0))
		}
		m, err := fitOrder(exs, f, rng)
		if err != nil {
			return nil, err
		}
		mean.addScaled(m, 1/float64(orders))
	}
	return mean, nil
}

// fitOrder fits the weights visiting the examples in their order, or,
// with rng, in an order it shuffles every epoch.
func fitOrder(exs []example, f Fitting, rng *rand.Rand) (*model, error) {
	// Fitting starts from the hand-set weights: a cue keeps the roles it
	// declares unless the documents say otherwise, so a role that few
	// documents show is still read by its cues.
	hand := handModel()
	m, sum := handModel(), newModel()
	steps, summed := 0, 0
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	for epoch := 0; epoch < f.Epochs; epoch++ {
		if rng != nil {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		}
		for _, k := range order {
			ex := exs[k]
			steps++
			pred := m.decodeCost(ex.feats, ex.matches, nil, nil, &cost{ex.gold, ex.family})
			gold := m.decode(ex.feats, ex.matches, func(p int) bool { return family(profiles[p].kind) == ex.family }, ex.gold)
			if gold.profile < 0 {
				if f.Lenient {
					continue
				}
				return nil, fmt.Errorf("%s: no profile of its kind admits its roles%s", ex.name, unevidenced(ex))
			}
			if f.Lambda == 0 {
				if !same(pred, gold) {
					m.update(ex, gold, 1)
					m.update(ex, pred, -1)
				}
			} else {
				// w ← w − η(λ(w − w_hand) + φ(wrong) − φ(right)), η = 1/(λt).
				eta := 1 / (f.Lambda * float64(steps))
				m.scale(1 - eta*f.Lambda)
				m.addScaled(hand, eta*f.Lambda)
				if !same(pred, gold) {
					m.update(ex, gold, eta)
					m.update(ex, pred, -eta)
				}
			}
			if epoch >= f.Epochs*f.Tail/100 {
				sum.add(m)
				summed++
			}
		}
	}
	sum.scale(1 / float64(summed))
	return sum, nil
}

// unevidenced lists the lines whose golden role no cue allows.
func unevidenced(ex example) string {
	var b strings.Builder
	var before *[cue.NumRoles]bool
	for i, g := range ex.gold {
		ok := evidenced(ex.feats[i], before)
		before = &ok
		if g >= 0 && !settled(ex.feats[i], ok)[g] {
			fmt.Fprintf(&b, "\n\tline %d: no cue allows %s", ex.nums[i], Role(g))
		}
	}
	return b.String()
}

func same(a, b labelling) bool {
	if a.profile != b.profile || len(a.roles) != len(b.roles) {
		return false
	}
	for i := range a.roles {
		if a.roles[i] != b.roles[i] {
			return false
		}
	}
	return true
}

// update adds the features of a labelling to the weights, times sign.
func (m *model) update(ex example, l labelling, sign float64) {
	if l.profile < 0 {
		return
	}
	prev := startRole
	fam := family(profiles[l.profile].kind)
	c := int32(len(cue.All))
	for i, r := range l.roles {
		for _, f := range ex.feats[i] {
			m.emit[f][r] += sign
			if f == c+int32(r) {
				m.decl += sign
			}
		}
		if r != cue.Chrome {
			m.trans[prev][r] += sign
			prev = int(r)
		}
	}
	for _, k := range present(ex.matches) {
		m.kind[fam][k] += sign
	}
	m.prof[l.profile] += sign
}

func (m *model) add(o *model) { m.addScaled(o, 1) }

// addScaled adds x times the weights of o.
func (m *model) addScaled(o *model, x float64) {
	for f := range m.emit {
		for r := range m.emit[f] {
			m.emit[f][r] += x * o.emit[f][r]
		}
	}
	for f := range m.trans {
		for r := range m.trans[f] {
			m.trans[f][r] += x * o.trans[f][r]
		}
	}
	for f := range m.kind {
		for k := range m.kind[f] {
			m.kind[f][k] += x * o.kind[f][k]
		}
	}
	for p := range m.prof {
		m.prof[p] += x * o.prof[p]
	}
	m.decl += x * o.decl
}

func (m *model) scale(x float64) {
	for f := range m.emit {
		for r := range m.emit[f] {
			m.emit[f][r] *= x
		}
	}
	for f := range m.trans {
		for r := range m.trans[f] {
			m.trans[f][r] *= x
		}
	}
	for f := range m.kind {
		for k := range m.kind[f] {
			m.kind[f][k] *= x
		}
	}
	for p := range m.prof {
		m.prof[p] *= x
	}
	m.decl *= x
}

// Score is how well a model labels examples: lines right, per role.
type Score struct {
	Right, Total         [cue.NumRoles]int
	KindRight, KindTotal int
	KindWrong            []string // the examples whose kind was missed: name: got
}

// Accuracy is the share of lines labelled right.
func (s Score) Accuracy() float64 {
	r, t := 0, 0
	for k := range s.Right {
		r += s.Right[k]
		t += s.Total[k]
	}
	if t == 0 {
		return 1
	}
	return float64(r) / float64(t)
}

func (s *Score) add(o Score) {
	for k := range s.Right {
		s.Right[k] += o.Right[k]
		s.Total[k] += o.Total[k]
	}
	s.KindRight += o.KindRight
	s.KindTotal += o.KindTotal
	s.KindWrong = append(s.KindWrong, o.KindWrong...)
}

// evaluate labels an example and counts the lines it gets right: a line
// the rows cut otherwise than the layout counts as wrong.
func (m *model) evaluate(ex example) Score {
	var s Score
	l := m.decode(ex.feats, ex.matches, nil, nil)
	for i, g := range ex.gold {
		if g < 0 {
			continue
		}
		s.Total[g]++
		if i < len(l.roles) && int(l.roles[i]) == g {
			s.Right[g]++
		}
	}
	s.KindTotal++
	if l.profile >= 0 && family(profiles[l.profile].kind) == ex.family {
		s.KindRight++
	} else if l.profile >= 0 {
		s.KindWrong = append(s.KindWrong, ex.name+": "+profiles[l.profile].name)
	}
	return s
}

// Evaluate labels examples with the embedded weights (or, with hand set,
// the hand-set ones) and scores the lines.
func Evaluate(examples []Example, hand bool) Score {
	m := weights()
	if hand {
		m = handModel()
	}
	return evaluateWith(m, examples)
}

func evaluateWith(m *model, examples []Example) Score {
	var s Score
	for _, e := range examples {
		s.add(m.evaluate(prepare(e)))
	}
	return s
}

// CrossValidate fits the weights leaving each document out in turn (with
// its variants) and scores the document left out: how the fitted weights
// do on documents they were not fitted to. It returns that score and the
// hand-set weights' score on the same documents.
//
// Each line the fitted weights get wrong is passed to wrong, when not nil.
func CrossValidate(docs [][]Example, f Fitting, wrong func(doc string, num int, got, want Role)) (fitted, hand Score, err error) {
	hm := handModel()
	for k := range docs {
		var train []Example
		for j, d := range docs {
			if j != k {
				train = append(train, d...)
			}
		}
		m, err := fit(train, f)
		if err != nil {
			return fitted, hand, err
		}
		fitted.add(evaluateWith(m, docs[k]))
		hand.add(evaluateWith(hm, docs[k]))
		if wrong != nil {
			for _, e := range docs[k] {
				ex := prepare(e)
				l := m.decode(ex.feats, ex.matches, nil, nil)
				for i, g := range ex.gold {
					if g >= 0 && int(l.roles[i]) != g {
						wrong(e.Name, ex.nums[i], l.roles[i], Role(g))
					}
				}
			}
		}
	}
	return fitted, hand, nil
}

// Mismatches writes the lines of an example whose role the embedded
// weights get wrong, and its kind when that is wrong.
func Mismatches(w io.Writer, ex Example) {
	d := Analyze(clean.Lines(ex.Text))
	lines := make([]cue.Line, len(d.Lines))
	for i, l := range d.Lines {
		lines[i] = cue.Line{Num: l.Num, Part: l.Part}
	}
	gold := alignRoles(lines, ex.Rows)
	for i, l := range d.Lines {
		if gold[i] >= 0 && Role(gold[i]) != l.Role {
			fmt.Fprintf(w, "%s:%d: %s, want %s: %.60s\n", ex.Name, l.Num, l.Role, Role(gold[i]), l.Text)
		}
	}
	if d.Kind != ex.Kind {
		fmt.Fprintf(w, "%s: kind %s, want %s\n", ex.Name, d.Kind, ex.Kind)
	}
}
