package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// routeEndVerb moves the start of a name past the compass verb of a
// road's course where the name opens with it (东至|县东关地税局): a naming
// notice describes a road by its ends, one verb a compass point and 起 or
// 至 (西起…，东至…), and what follows each verb is the body or the place at
// that end. The verb is read as one only where the sentence opened the
// course with another (西起 before 东至), since a county may bear such a
// name (东至县民政局). Source: the 起止点 of a road's entry in the naming
// notices of 《地名管理条例》 (2022) and in 地名志.
type routeEndVerb struct{}

func (routeEndVerb) open(r *startReading) bool {
	if v, ok := routeVerbAt(r.s, r.i); ok && routeOpenedBefore(r.s, r.i) && r.i+len(v) < r.j() {
		r.i += len(v)
		r.afterBoundary = true
	}
	return true
}

// routeVerbAt reports the compass verb of a road's course (东起, 南至: the
// agency boundaries that are a compass point and 起 or 至) at i of s.
func routeVerbAt(s string, i int) (string, bool) {
	for _, c := range []string{"东", "西", "南", "北"} {
		for _, v := range []string{"起", "至"} {
			w := c + v
			if strings.HasPrefix(s[i:], w) && lexicon.AgencyBoundaries().Has(w) {
				return w, true
			}
		}
	}
	return "", false
}

// routeOpenedBefore reports whether the sentence before i holds a compass
// verb of a road's course: the course is being described.
func routeOpenedBefore(s string, i int) bool {
	start := strings.LastIndexAny(s[:i], "。！？\n")
	for k := start + 1; k < i; k++ {
		if _, ok := routeVerbAt(s, k); ok {
			return true
		}
	}
	return false
}
