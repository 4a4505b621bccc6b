package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"bulletin/parser/layout"
	"bulletin/parser/lexicon"
)

// Locality is where a document comes from: the prefecture and province that
// 市 and 省 stand for in short names (市民政局 → 南阳市民政局), and whether
// its issuer is a civil-affairs bureau (市局 → 市民政局).
type Locality struct {
	Prefecture   *lexicon.Division
	Province     *lexicon.Division
	CivilAffairs bool
}

// localityOf reads the locality from the issuer, title and header, else from
// the prefecture the text names most often.
func localityOf(doc *layout.Document) Locality {
	var loc Locality
	var sources []string
	for _, f := range []*layout.Field{doc.Issuer, doc.Title, doc.Signer} {
		if f.Found() {
			sources = append(sources, f.Value)
		}
	}
	for _, s := range sources {
		if d := firstPlace(s); d != nil {
			loc.setFrom(d)
			break
		}
		if strings.Contains(s, "民政") {
			loc.CivilAffairs = true
		}
	}
	if doc.Issuer != nil && strings.Contains(doc.Issuer.Value, "民政") {
		loc.CivilAffairs = true
	}
	if loc.Prefecture == nil {
		loc.setFrom(mostNamed(doc))
	}
	return loc
}

func (l *Locality) setFrom(d *lexicon.Division) {
	if d == nil {
		return
	}
	if p := d.Prefecture(); p != nil {
		l.Prefecture = p
	}
	if countyCity(d) {
		l.Prefecture = d
	}
	l.Province = d.Province()
}

// countyCity reports whether d is a city at the county's level (县级市,
// 广水市 under its prefecture): a document of its own issuer's calls it
// 市 (市委, 市政府, 市殡仪馆 are its own), as a county's calls itself
// 县, so 市 there stands for the city, not the prefecture above it.
func countyCity(d *lexicon.Division) bool {
	return d.Level == "县" && strings.HasSuffix(d.Name, "市")
}

// firstPlace is the division named at the start of s (南阳市民政局办公室 →
// 南阳市; 南阳民政工作动态 → 南阳市).
func firstPlace(s string) *lexicon.Division {
	g := lexicon.Places()
	name, ok := g.At(s, 0)
	if !ok {
		return nil
	}
	return pick(g.Lookup(name))
}

// pick prefers a prefecture, then a county, then a province.
func pick(ds []*lexicon.Division) *lexicon.Division {
	if len(ds) == 0 {
		return nil
	}
	rank := map[string]int{"市": 0, "县": 1, "省": 2}
	best := ds[0]
	for _, d := range ds[1:] {
		if rank[d.Level] < rank[best.Level] {
			best = d
		}
	}
	return best
}

// mostNamed is the prefecture whose places the items name most often.
func mostNamed(doc *layout.Document) *lexicon.Division {
	g := lexicon.Places()
	count := map[*lexicon.Division]int{}
	scan := func(s string) {
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !g.MayStart(r) {
				i += n
				continue
			}
			name, ok := g.At(s, i)
			if !ok || len(name) == n { // a one-rune name (市) is no place
				i += n
				continue
			}
			if d := pick(g.Lookup(name)); d != nil {
				if p := d.Prefecture(); p != nil {
					count[p]++
				}
			}
			i += len(name)
		}
	}
	for _, it := range doc.Items {
		if it.Title != nil {
			scan(it.Title.Value)
		}
		scan(it.Body.String()) // the parts as they are: no text is built again
	}
	var ds []*lexicon.Division
	for d := range count {
		ds = append(ds, d)
	}
	sort.Slice(ds, func(i, j int) bool {
		if count[ds[i]] != count[ds[j]] {
			return count[ds[i]] > count[ds[j]]
		}
		return ds[i].Code < ds[j].Code
	})
	if len(ds) == 0 || count[ds[0]] < 2 {
		return nil
	}
	return ds[0]
}
