package extract

// timeWordLeads moves the start past a word of time that stands right
// before the ending, with no word between them (节前|敬老院, 年前|殡仪馆):
// the time (the segmenter's tag t: 节前, 年前, 当日) says when the clause's
// act happens, as an adverb of time does, and qualifies no body's name,
// which is written [place or level][words][ending] (the agency package).
// What the ending names after it is read as if the time were not printed.
// A stage of a life (老年大学, 青年…: lifeStageWord), which the segmenter
// tags so too, names whom the body serves and stays in its name.
type timeWordLeads struct{}

func (timeWordLeads) open(r *startReading) bool {
	j := r.j()
	k := tokenEndingAt(r.ts, j)
	if k < 0 || r.ts[k].Tag != "t" || lifeStageWord(r.ts[k].Word) || r.ts[k].Start != r.i {
		return true
	}
	r.i, r.afterBoundary = j, true
	return true
}
