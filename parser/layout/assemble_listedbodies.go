package layout

import (
	"strings"

	"bulletin/parser/agency"
	"bulletin/parser/layout/cue"
)

// listedAboveOrgans reports, for each line the decoder took for the 落款,
// whether it is a body of the text's list that runs on into the 落款: an
// institution, a social body or a company (某某福利院, 某某协会) over the
// organs that sign right above the date (某市民政局 / 2023年8月31日). The
// bodies that sign a text jointly are organs of government and their
// offices (GB/T 9704-2012 §7.3.5, 联合行文), so a 公示 of the homes or
// the associations rated, printed one a line, ends where the organs
// begin. A 落款 of an institution alone (某市殡仪馆 / date) is left as
// it is: no organ stands under it.
func (a *assembly) listedAboveOrgans() []bool {
	listed := make([]bool, len(a.roles))
	for _, run := range a.runs(cue.Signature) {
		if k := a.lastListed(run); k >= 0 {
			for _, i := range run[:k+1] {
				listed[i] = true
			}
		}
	}
	return listed
}

// lastListed is the index in run of the lowest body of another kind than
// an organ's that stands over an organ of the run, or -1.
func (a *assembly) lastListed(run []int) int {
	organs := false
	for k := len(run) - 1; k >= 0; k-- {
		switch _, kind := agency.Ending(strings.TrimSpace(a.d.Lines[run[k]].Sq)); kind {
		case "government", "unit", "party":
			organs = true
		case "institution", "social", "company":
			if organs {
				return k
			}
		}
	}
	return -1
}
