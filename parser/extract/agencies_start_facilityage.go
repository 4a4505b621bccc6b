package extract

import "bulletin/parser/lexicon"

// facilityAgeLeads finds no body where the name the scan read is a word of
// a facility's age alone before the ending (新|殡仪馆, 老|殡仪馆, 现|殡仪馆:
// cue list facilityage): the word tells the new, the old or the present
// facility of the kind from another one of it, as a notice on a body that
// moves house or is rebuilt prints it, and names none. A body's name is
// written [place or level][own words][ending] (the agency package); one
// whose own words open with such a character (新城街道办事处, 老城区敬老院)
// has more words before its ending and stays.
type facilityAgeLeads struct{}

func (facilityAgeLeads) open(r *startReading) bool {
	return !lexicon.CueWordList("facilityage").Has(r.s[r.i:r.j()])
}
