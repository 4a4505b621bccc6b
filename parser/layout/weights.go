package layout

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"

	"bulletin/parser/layout/cue"
)

//go:generate go run ./internal/fitweights -o weights.tsv

// weightsTSV holds the weights fitted to the labelled documents of
// testdata/roles (fit.go; `go generate ./parser/layout` fits them again).
//
//go:embed weights.tsv
var weightsTSV string

// weights is the model the decoder scores with: the fitted weights, or the
// hand-set ones when none are embedded.
var weights = sync.OnceValue(func() *model {
	if strings.TrimSpace(weightsTSV) == "" {
		return handModel()
	}
	m, err := readModel(strings.NewReader(weightsTSV))
	if err != nil {
		panic("layout: embedded weights.tsv: " + err.Error()) // a build defect, not input
	}
	return m
})

// handModel sets the weights by hand from what each cue declares: one for
// each role a cue is evidence of, one for the kind of document it marks.
func handModel() *model {
	m := newModel()
	m.decl = 1
	for k, c := range cue.All {
		if kc, ok := c.(cue.Kinded); ok {
			if f := family(Kind(kc.Kind())); f >= 0 {
				m.kind[f][k]++
			}
		}
	}
	return m
}

// featureName names feature f in the weights file.
func featureName(f int) string {
	block := len(cue.All) + cue.NumRoles
	if f < 3*block {
		prefix := [...]string{"", "prev:", "next:"}[f/block]
		switch k := f % block; {
		case k < len(cue.All):
			return prefix + cue.All[k].Name()
		default:
			return prefix + "declares:" + cue.Role(k-len(cue.All)).String()
		}
	}
	switch int32(f) {
	case biasFeature():
		return "bias"
	case firstFeature():
		return "first"
	}
	return "last"
}

// kindFeatureName names a document's feature for its kind: a cue some line
// matches, or one that two lines match (twice:…).
func kindFeatureName(k int) string {
	if k >= len(cue.All) {
		return "twice:" + cue.All[k-len(cue.All)].Name()
	}
	return cue.All[k].Name()
}

func roleName(r int) string {
	if r == startRole {
		return "start"
	}
	return cue.Role(r).String()
}

// writeModel writes the weights that are not zero, one a line:
//
//	emit	FEATURE	ROLE	WEIGHT
//	trans	FROM	TO	WEIGHT
//	kind	KIND	CUE	WEIGHT
//	profile	NAME	WEIGHT
//	declared	WEIGHT
func writeModel(w io.Writer, m *model, header string) error {
	bw := bufio.NewWriter(w)
	fmt.Fprint(bw, header)
	num := func(v float64) string { return strconv.FormatFloat(v, 'g', 6, 64) }
	for f := range m.emit {
		for r, v := range m.emit[f] {
			if v != 0 {
				fmt.Fprintf(bw, "emit\t%s\t%s\t%s\n", featureName(f), roleName(r), num(v))
			}
		}
	}
	for from := range m.trans {
		for to, v := range m.trans[from] {
			if v != 0 {
				fmt.Fprintf(bw, "trans\t%s\t%s\t%s\n", roleName(from), roleName(to), num(v))
			}
		}
	}
	for f := range m.kind {
		for k, v := range m.kind[f] {
			if v != 0 {
				fmt.Fprintf(bw, "kind\t%s\t%s\t%s\n", families[f], kindFeatureName(k), num(v))
			}
		}
	}
	for p, v := range m.prof {
		if v != 0 {
			fmt.Fprintf(bw, "profile\t%s\t%s\n", profiles[p].name, num(v))
		}
	}
	fmt.Fprintf(bw, "declared\t%s\n", num(m.decl))
	return bw.Flush()
}

// readModel reads weights written by writeModel. A name it does not know
// (a cue since removed) is an error: the weights must be fitted again.
func readModel(r io.Reader) (*model, error) {
	m := newModel()
	feats := map[string]int{}
	for f := 0; f < nFeatures(); f++ {
		feats[featureName(f)] = f
	}
	roles := map[string]int{"start": startRole}
	for r := 0; r < cue.NumRoles; r++ {
		roles[cue.Role(r).String()] = r
	}
	profs := map[string]int{}
	for p, pr := range profiles {
		profs[pr.name] = p
	}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		v, err := strconv.ParseFloat(f[len(f)-1], 64)
		if err != nil || math.IsNaN(v) {
			return nil, fmt.Errorf("line %d: bad weight %q", n, f[len(f)-1])
		}
		bad := func() error { return fmt.Errorf("line %d: unknown name in %q", n, line) }
		switch {
		case f[0] == "emit" && len(f) == 4:
			ft, ok1 := feats[f[1]]
			ro, ok2 := roles[f[2]]
			if !ok1 || !ok2 || ro == startRole {
				return nil, bad()
			}
			m.emit[ft][ro] = v
		case f[0] == "trans" && len(f) == 4:
			fr, ok1 := roles[f[1]]
			to, ok2 := roles[f[2]]
			if !ok1 || !ok2 || to == startRole {
				return nil, bad()
			}
			m.trans[fr][to] = v
		case f[0] == "kind" && len(f) == 4:
			fam, k := family(Kind(f[1])), cue.Index(strings.TrimPrefix(f[2], "twice:"))
			if k >= 0 && strings.HasPrefix(f[2], "twice:") {
				k += len(cue.All)
			}
			if fam < 0 || k < 0 {
				return nil, bad()
			}
			m.kind[fam][k] = v
		case f[0] == "declared" && len(f) == 2:
			m.decl = v
		case f[0] == "profile" && len(f) == 3:
			p, ok := profs[f[1]]
			if !ok {
				return nil, bad()
			}
			m.prof[p] = v
		default:
			return nil, fmt.Errorf("line %d: cannot read %q", n, line)
		}
	}
	return m, sc.Err()
}
