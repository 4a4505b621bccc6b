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
	for end := len(a.roles) - 1; end >= 0; end-- {
		if a.roles[end] != cue.Signature {
			continue
		}
		start := end
		for start > 0 && a.roles[start-1] == cue.Signature {
			start--
		}
		organs := false
		for i := end; i >= start; i-- {
			s := strings.TrimSpace(a.d.Lines[i].Sq)
			switch _, kind := agency.Ending(s); kind {
			case "government", "unit", "party":
				organs = true
				continue
			case "institution", "social", "company":
				if organs {
					for k := start; k <= i; k++ {
						listed[k] = true
					}
					i = start
				}
			}
		}
		end = start
	}
	return listed
}
