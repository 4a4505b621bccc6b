package layout

import (
	"math"
	"slices"
	"sync"

	"bulletin/parser/layout/cue"
)

// The decoder labels every line of a document at once: for each profile
// it finds, by dynamic programming over the lines (Viterbi), the labelling
// that scores best under the cues' weights, the transitions between roles
// and the order of the profile's zones; the profile whose best labelling
// scores highest gives the document's kind.

// Feature numbers: each cue a line matches; each role that some cue the
// line matches declares evidence of (a cue never seen in the fitting still
// speaks through the roles it declares); the same two for the lines before
// and after it; and three that every line, or the first or last, shows.
func nFeatures() int { return 3*(len(cue.All)+cue.NumRoles) + 3 }

func biasFeature() int32  { return int32(3 * (len(cue.All) + cue.NumRoles)) }
func firstFeature() int32 { return biasFeature() + 1 }
func lastFeature() int32  { return biasFeature() + 2 }

// declared lists the roles the conventions a line matches declare, each
// once; its shape declares none.
func declared(ks []int) []int32 {
	var seen [cue.NumRoles]bool
	var out []int32
	for _, k := range ks {
		if _, shape := cue.All[k].(cue.Shape); shape {
			continue
		}
		for _, r := range cue.All[k].Roles() {
			if !seen[r] {
				seen[r] = true
				out = append(out, int32(r))
			}
		}
	}
	return out
}

// featuresOf lists the features of every line from the cues they match.
// The lines before and after a line are its neighbours in the text: page
// chrome between them (a page's number, the time it was printed) is passed
// over, as the decoder passes over it.
func featuresOf(matches [][]int) [][]int32 { return featuresOn(matches, 1) }

// featuresOn is featuresOf on up to workers goroutines, each a stretch of
// the lines writing its own; the features are the same for any number
// (TestDecodeSameShared).
func featuresOn(matches [][]int, workers int) [][]int32 {
	block := int32(len(cue.All) + cue.NumRoles) // the features of one line
	decl := make([][]int32, len(matches))
	chrome := make([]bool, len(matches))
	cue.Stretches(len(matches), workers, func(from, to int) {
		for i := from; i < to; i++ {
			decl[i] = declared(matches[i])
			chrome[i] = slices.Contains(decl[i], int32(cue.Chrome))
		}
	})
	own := func(f []int32, i int, base int32) []int32 {
		for _, k := range matches[i] {
			if !kindOnly()[k] {
				f = append(f, base+int32(k))
			}
		}
		for _, r := range decl[i] {
			f = append(f, base+int32(len(cue.All))+r)
		}
		return f
	}
	out := make([][]int32, len(matches))
	cue.Stretches(len(matches), workers, func(from, to int) {
		for i := from; i < to; i++ {
			f := make([]int32, 0, 2*len(matches[i])+8)
			f = own(f, i, 0)
			prev := i - 1
			for prev >= 0 && chrome[prev] {
				prev--
			}
			if prev >= 0 {
				f = own(f, prev, block)
			} else {
				f = append(f, firstFeature())
			}
			next := i + 1
			for next < len(matches) && chrome[next] {
				next++
			}
			if next < len(matches) {
				f = own(f, next, 2*block)
			} else {
				f = append(f, lastFeature())
			}
			out[i] = append(f, biasFeature())
		}
	})
	return out
}

// model holds the weights the decoder scores with.
type model struct {
	emit  [][cue.NumRoles]float64                 // per feature and role
	trans [cue.NumRoles + 1][cue.NumRoles]float64 // from a role (or the start) to the next
	kind  [][]float64                             // per kind of document and cue, for every line it matches
	prof  []float64                               // per profile
	// decl is added to a line's score for every role one of its cues
	// declares: one weight for all roles, so that the declaration of a
	// role no fitted document shows still counts.
	decl float64
}

func newModel() *model {
	m := &model{emit: make([][cue.NumRoles]float64, nFeatures()), prof: make([]float64, len(profiles))}
	m.kind = make([][]float64, len(families))
	for f := range m.kind {
		m.kind[f] = make([]float64, 2*len(cue.All))
	}
	return m
}

const startRole = cue.NumRoles // the row of trans for the first role

// labelling is a decoded document.
type labelling struct {
	roles   []cue.Role
	zones   []int // the zone of each line (that of the line before for chrome)
	profile int
	score   float64
	// margin is how much better the labelling scores than the best one
	// under a profile of another kind of document.
	margin float64
	// dead, when no labelling fits, is the furthest line any profile
	// reached before no way was left (the number of lines where a way
	// reached the end but closed in no final zone).
	dead int
}

// continuesCue is the feature of a line that continues the one before.
var continuesCue = sync.OnceValue(func() int32 { return int32(cue.Index("continues")) })

// free are the roles a line may take with no cue declaring them: running
// text and what opens it, and a title and a header, which are known by
// where they stand (and a header's fields may wrap over lines that show
// none of its cues).
var free = [cue.NumRoles]bool{cue.Body: true, cue.Heading: true, cue.Subheading: true, cue.Brief: true, cue.Title: true, cue.Header: true}

// evidenced reports, for each role, whether a line may take it: it is free,
// or a cue of the line, or of a line beside it, declares it (a table's
// title stands above its rows, a list's second line under its label), or
// the line continues the text of one that may.
func evidenced(fs []int32, before *[cue.NumRoles]bool) (out [cue.NumRoles]bool) {
	out = free
	c := int32(len(cue.All))
	if before != nil && slices.Contains(fs, continuesCue()) {
		for r, ok := range before {
			out[r] = out[r] || ok
		}
	}
	block := c + cue.NumRoles
	for _, f := range fs {
		if f >= 3*block {
			continue
		}
		if k := f % block; k >= c {
			out[k-c] = true
		}
	}
	return out
}

// emissions scores every line for every role; a role no evidence allows
// scores minus infinity. The settling cues of lines [0, settleTo) narrow
// what those lines may take.
func (m *model) emissions(feats [][]int32, settleTo int) [][cue.NumRoles]float64 {
	return m.emissionsOn(feats, settleTo, 1)
}

// emissionsOn is emissions with the lines scored in stretches on up to
// workers goroutines. What a line may take depends on the line before only
// when it continues it, so a stretch starts from the last line above it
// that does not, and reads down from there what each line may take.
func (m *model) emissionsOn(feats [][]int32, settleTo int, workers int) [][cue.NumRoles]float64 {
	out := make([][cue.NumRoles]float64, len(feats))
	cue.Stretches(len(feats), workers, func(from, to int) {
		m.emitLines(out, feats, from, to, settleTo)
	})
	return out
}

// emitLines scores lines [from, to) of feats into out.
func (m *model) emitLines(out [][cue.NumRoles]float64, feats [][]int32, from, to int, settleTo int) {
	c := int32(len(cue.All))
	var before *[cue.NumRoles]bool
	open := from
	for open > 0 && slices.Contains(feats[open], continuesCue()) {
		open--
	}
	for i, fs := range feats[open:from] {
		ok := evidenced(fs, before)
		before = &ok
		if open+i < settleTo {
			ok = settled(fs, ok)
		}
	}
	for i := from; i < to; i++ {
		fs := feats[i]
		ok := evidenced(fs, before)
		before = &ok
		if i < settleTo {
			ok = settled(fs, ok)
		}
		for r := range out[i] {
			if !ok[r] {
				out[i][r] = math.Inf(-1)
			}
		}
		for _, f := range fs {
			w := &m.emit[f]
			for r := range out[i] {
				out[i][r] += w[r]
			}
			if f >= c && f < c+cue.NumRoles {
				out[i][f-c] += m.decl
			}
		}
	}
}

// settles holds, for each cue, the role it leaves its line, if any.
var settles = sync.OnceValue(func() []int {
	out := make([]int, len(cue.All))
	for k, c := range cue.All {
		out[k] = -1
		if s, ok := c.(cue.Settling); ok {
			out[k] = int(s.Settles())
		}
	}
	return out
})

// denies holds, for each cue, the roles it rules out for its line.
var denies = sync.OnceValue(func() [][]cue.Role {
	out := make([][]cue.Role, len(cue.All))
	for k, c := range cue.All {
		if d, ok := c.(cue.Denying); ok {
			out[k] = d.Denies()
		}
	}
	return out
})

// settled narrows a line's roles to those its settling cues leave it and
// takes away those its denying cues rule out.
func settled(fs []int32, ok [cue.NumRoles]bool) [cue.NumRoles]bool {
	var only [cue.NumRoles]bool
	any := false
	for _, f := range fs {
		if int(f) < len(cue.All) {
			if r := settles()[f]; r >= 0 {
				only[r], any = true, true
			}
			for _, r := range denies()[f] {
				ok[r] = false
			}
		}
	}
	if !any {
		return ok
	}
	return only
}

// kindScores sums, for each kind of document, the weights of the cues
// that some line of the document matches: a convention shown once marks a
// kind as well as one shown on every line.
func (m *model) kindScores(matches [][]int) []float64 {
	out := make([]float64, len(families))
	for _, k := range present(matches) {
		for f := range out {
			out[f] += m.kind[f][k]
		}
	}
	return out
}

// present lists the cues some line matches, each once (k), and those that
// two lines or more match (len(cue.All)+k): a bulletin closes several
// items with an attribution, a report may close with one byline like it.
// Only the cues that mark a kind of document by convention (cue.Kinded)
// count: a document's other cues would have the weights learn the few
// documents they are fitted to rather than the kinds.
func present(matches [][]int) []int {
	seen := make([]int, len(cue.All))
	var out []int
	for _, ks := range matches {
		for _, k := range ks {
			if !kinded()[k] {
				continue
			}
			seen[k]++
			switch seen[k] {
			case 1:
				out = append(out, k)
			case 2:
				out = append(out, len(cue.All)+k)
			}
		}
	}
	return out
}

// definedKind is the kind a defining cue of the document marks, notice
// before bulletin, or -1.
func definedKind(matches [][]int) int {
	out := -1
	for _, ks := range matches {
		for _, k := range ks {
			if d, ok := cue.All[k].(cue.Defining); ok && d.Defines() {
				switch f := family(Kind(d.Kind())); {
				case f == family(Notice):
					return f
				case out < 0:
					out = f
				}
			}
		}
	}
	return out
}

// shows reports whether some line matches a cue that marks kind k.
func shows(matches [][]int, k Kind) bool {
	for _, ks := range matches {
		for _, c := range ks {
			if kc, ok := cue.All[c].(cue.Kinded); ok && Kind(kc.Kind()) == k {
				return true
			}
		}
	}
	return false
}

// kindOnly marks the cues that count for the kind alone (cue.KindOnly).
var kindOnly = sync.OnceValue(func() []bool {
	out := make([]bool, len(cue.All))
	for k, c := range cue.All {
		_, out[k] = c.(cue.KindOnly)
	}
	return out
})

// kinded marks the cues that mark a kind of document.
var kinded = sync.OnceValue(func() []bool {
	out := make([]bool, len(cue.All))
	for k, c := range cue.All {
		_, out[k] = c.(cue.Kinded)
	}
	return out
})

// decode labels a document under every profile and keeps the best.
// allowed, when not nil, restricts the profiles tried.
func (m *model) decode(feats [][]int32, matches [][]int, allowed func(p int) bool, gold []int) labelling {
	return m.decodeOn(feats, matches, allowed, gold, nil, 1)
}

// cost, when fitting, is what a wrong labelling is charged: one for each
// line whose role differs from its golden role, and for the wrong kind of
// document as much as for every line wrong: the kind decides what every
// item is. Decoding with it finds the labelling that most needs
// correcting, so that the fitted weights keep the right one ahead by a
// margin, not by a hair.
type cost struct {
	gold   []int
	family int
}

func (m *model) decodeCost(feats [][]int32, matches [][]int, allowed func(p int) bool, gold []int, c *cost) labelling {
	return m.decodeOn(feats, matches, allowed, gold, c, 1)
}

// decodeOn is decodeCost with the lines scored in stretches, and the
// profiles tried, on up to workers goroutines. Each line's scores and each
// profile's labelling are found apart from the others and compared in
// profile order as before, so the labelling is the same for any number
// (TestDecodeSameShared). The Viterbi pass itself runs line after line: a
// line's best state depends on the one before.
func (m *model) decodeOn(feats [][]int32, matches [][]int, allowed func(p int) bool, gold []int, c *cost, workers int) labelling {
	n := len(feats)
	l := m.decodeWith(feats, matches, allowed, gold, c, n, workers)
	if l.profile >= 0 {
		return l
	}
	// Most often the way closes at the line whose settling cue conflicts:
	// settle every line above it and try once.
	if k := l.dead; k > 0 && k < n {
		if l := m.decodeWith(feats, matches, allowed, gold, c, k, workers); l.profile >= 0 {
			return l
		}
		n = k
	}
	// The settling cues leave no profile a way through (an extraction that
	// lost a 落款 leaves an attachment's heading where no attachment may
	// stand): keep them on the longest run of lines from the top that some
	// profile still passes, so a masthead stays the header it prints, and
	// read the lines under it without them. Fewer settled lines leave more
	// ways, so the run's end is found by halving.
	lo, hi := 0, n // lines [0, lo) settled pass; [0, hi) do not
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if l := m.decodeWith(feats, matches, allowed, gold, c, mid, workers); l.profile >= 0 {
			lo = mid
		} else {
			hi = mid
		}
	}
	return m.decodeWith(feats, matches, allowed, gold, c, lo, workers)
}

func (m *model) decodeWith(feats [][]int32, matches [][]int, allowed func(p int) bool, gold []int, c *cost, settleTo int, workers int) labelling {
	f := definedKind(matches)
	bulletin := shows(matches, Bulletin)
	inner := allowed
	allowed = func(p int) bool {
		k := family(profiles[p].kind)
		switch {
		case f >= 0 && k != f:
			return false // a defining cue settles the kind
		case profiles[p].kind == Bulletin && !bulletin:
			return false // a bulletin shows some mark of one
		}
		return inner == nil || inner(p)
	}
	em := m.emissionsOn(feats, settleTo, workers)
	ks := m.kindScores(matches)
	if c != nil {
		for i, g := range c.gold {
			for r := range em[i] {
				if g >= 0 && r != g {
					em[i][r]++
				}
			}
		}
	}
	best := labelling{profile: -1, score: math.Inf(-1), dead: -1}
	bestOf := make([]float64, len(families))
	for f := range bestOf {
		bestOf[f] = math.Inf(-1)
	}
	var tried []int
	for p := range profiles {
		if allowed == nil || allowed(p) {
			tried = append(tried, p)
		}
	}
	type found struct {
		l  labelling
		ok bool
	}
	res := make([]found, len(tried))
	cue.Stretches(len(tried), workers, func(from, to int) {
		for k := from; k < to; k++ {
			res[k].l, res[k].ok = m.viterbi(tried[k], em, matches, gold)
		}
	})
	for k, p := range tried {
		l, ok := res[k].l, res[k].ok
		if !ok {
			best.dead = max(best.dead, l.dead)
			continue
		}
		l.score += ks[family(profiles[p].kind)] + m.prof[p]
		f := family(profiles[p].kind)
		if c != nil && f != c.family {
			l.score += float64(len(c.gold))
		}
		bestOf[f] = math.Max(bestOf[f], l.score)
		if l.score > best.score {
			best = l
		}
	}
	if best.profile >= 0 {
		other := math.Inf(-1)
		for f, s := range bestOf {
			if f != family(profiles[best.profile].kind) {
				other = math.Max(other, s)
			}
		}
		best.margin = best.score - other
	}
	return best
}

// state is a zone and a role of a profile.
type state struct {
	zone int
	role cue.Role
}

// grammar is a profile made ready for the decoder: its states, and for
// each state the states a line may come to it from.
type grammar struct {
	states    []state
	preds     [][]int16 // the states a line may come from, by zone order
	fromStart []bool    // whether a state may take the first line that is not chrome
	final     []bool    // whether a labelling may end in a state
	cued      [][]int   // for each state, the cues of which a line must show one, or nil (zone.cued)
	allChrome bool      // whether a labelling may be all chrome
}

// grammars are the profiles made ready, once.
var grammars = sync.OnceValue(func() []grammar {
	out := make([]grammar, len(profiles))
	for p, prof := range profiles {
		g := &out[p]
		for z, zn := range prof.zones {
			for _, r := range zn.roles {
				g.states = append(g.states, state{z, r})
			}
		}
		// lastReq[z] is the last required zone before z: a line may come
		// to zone z from a zone no earlier than that one.
		lastReq := make([]int, len(prof.zones))
		req := -1
		for z := range prof.zones {
			lastReq[z] = req
			if prof.zones[z].required {
				req = z
			}
		}
		g.allChrome = req < 0
		for _, st := range g.states {
			zn := prof.zones[st.zone]
			var cued []int
			for _, name := range zn.cued {
				cued = append(cued, cue.Index(name))
			}
			g.cued = append(g.cued, cued)
			// A line enters its zone only in a role the zone opens with.
			enters := zn.opens == nil || slices.Contains(zn.opens, st.role)
			g.fromStart = append(g.fromStart, lastReq[st.zone] < 0 && enters)
			g.final = append(g.final, st.zone >= req)
			var ps []int16
			for q, sq := range g.states {
				if sq.zone > st.zone || sq.zone < lastReq[st.zone] || sq.zone < st.zone && !enters {
					continue
				}
				ps = append(ps, int16(q))
			}
			g.preds = append(g.preds, ps)
		}
	}
	return out
})

// viterbi finds the best labelling of the lines under profile p. gold,
// when not nil, holds a role for each line that the labelling must give
// (-1 where any will do); matches are the cues each line shows. It fails
// when no labelling fits the profile.
func (m *model) viterbi(p int, em [][cue.NumRoles]float64, matches [][]int, gold []int) (labelling, bool) {
	g := grammars()[p]
	states := g.states
	trans := m.trans
	for _, n := range never {
		trans[n[0]][n[1]] = math.Inf(-1)
	}
	n := len(em)
	start := len(states) // the state before the first line that is not chrome
	neg := math.Inf(-1)
	v := make([]float64, len(states)+1)
	nv := make([]float64, len(states)+1)
	for s := range v {
		v[s] = neg
	}
	v[start] = 0
	width := len(states) + 1
	backing := make([]int16, n*width) // one allocation for every line's back pointers
	back := make([][]int16, n)
	const stay = -1 // a chrome line: the state does not change
	fits := func(i int, r cue.Role) bool { return gold == nil || gold[i] < 0 || cue.Role(gold[i]) == r }
	for i := 0; i < n; i++ {
		back[i] = backing[i*width : (i+1)*width]
		e := &em[i]
		alive := false // whether some state takes line i
		for s := range nv {
			nv[s] = neg
			if v[s] > neg && fits(i, cue.Chrome) {
				nv[s] = v[s] + e[cue.Chrome]
				back[i][s] = stay
				alive = alive || nv[s] > neg
			}
		}
		for s, st := range states {
			if !fits(i, st.role) || math.IsInf(e[st.role], -1) {
				continue
			}
			if g.cued[s] != nil && !slices.ContainsFunc(g.cued[s], func(k int) bool { return slices.Contains(matches[i], k) }) {
				continue
			}
			from := neg
			arg := -2
			if g.fromStart[s] && v[start] > neg {
				from, arg = v[start]+trans[startRole][st.role], start
			}
			for _, q := range g.preds[s] {
				if v[q] == neg {
					continue
				}
				if c := v[q] + trans[states[q].role][st.role]; c > from && !math.IsInf(c, -1) {
					from, arg = c, int(q)
				}
			}
			if arg == -2 {
				continue
			}
			if c := from + e[st.role]; c > nv[s] {
				nv[s] = c
				back[i][s] = int16(arg)
				alive = true
			}
		}
		v, nv = nv, v
		if !alive {
			return labelling{dead: i}, false // no way goes on past line i
		}
	}
	end, score := -1, neg
	if g.allChrome && v[start] > score {
		end, score = start, v[start]
	}
	for s := range states {
		if g.final[s] && v[s] > score {
			end, score = s, v[s]
		}
	}
	if end < 0 {
		return labelling{dead: n}, false
	}
	l := labelling{roles: make([]cue.Role, n), zones: make([]int, n), profile: p, score: score}
	s := end
	for i := n - 1; i >= 0; i-- {
		b := back[i][s]
		z := -1
		if s < start {
			z = states[s].zone
		}
		l.zones[i] = z
		if b == stay {
			l.roles[i] = cue.Chrome
			continue
		}
		l.roles[i] = states[s].role
		s = int(b)
	}
	return l, true
}
