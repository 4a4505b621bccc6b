package layout

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"bulletin/parser/layout/cue"
)

// RoleRow is one row of a line-role file (testdata/roles/README.md): the
// role of one line, or of one part of a line that held several.
type RoleRow struct {
	Num  int
	Role Role
	Text string
}

// ReadRoles reads a line-role file: the document's kind and its rows.
func ReadRoles(r io.Reader) (Kind, []RoleRow, error) {
	var kind Kind
	var rows []RoleRow
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if k, ok := strings.CutPrefix(line, "# kind:"); ok {
			kind = Kind(strings.TrimSpace(k))
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) < 2 {
			return "", nil, fmt.Errorf("line %d: want NUM<TAB>ROLE<TAB>TEXT", n)
		}
		num, err := strconv.Atoi(f[0])
		if err != nil {
			return "", nil, fmt.Errorf("line %d: bad line number %q", n, f[0])
		}
		role, ok := cue.ParseRole(f[1])
		if !ok {
			return "", nil, fmt.Errorf("line %d: unknown role %q", n, f[1])
		}
		row := RoleRow{Num: num, Role: role}
		if len(f) == 3 {
			row.Text = f[2]
		}
		rows = append(rows, row)
	}
	if family(kind) < 0 {
		return "", nil, fmt.Errorf("no '# kind:' line naming bulletin, notice or article")
	}
	return kind, rows, sc.Err()
}

// alignRoles gives each line of a document its role from the rows, by
// line number and, where a line was cut into parts, by order; -1 where
// the rows cut the line otherwise than the layout did.
func alignRoles(lines []cue.Line, rows []RoleRow) []int {
	byNum := map[int][]Role{}
	for _, r := range rows {
		byNum[r.Num] = append(byNum[r.Num], r.Role)
	}
	parts := map[int]int{}
	for _, l := range lines {
		parts[l.Num]++
	}
	out := make([]int, len(lines))
	seen := map[int]int{}
	for i, l := range lines {
		rs := byNum[l.Num]
		k := seen[l.Num]
		seen[l.Num]++
		if len(rs) != parts[l.Num] {
			out[i] = -1
			continue
		}
		out[i] = int(rs[k])
	}
	return out
}
