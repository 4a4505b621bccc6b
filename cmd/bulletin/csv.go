package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"bulletin/schema"
)

// entityKinds are the values --format csv can flatten: for each, its own
// columns and how to read them off the values of one stretch of text.
var entityKinds = map[string]struct {
	columns []string
	rows    func(e schema.Entities) [][]string
}{
	"dates": {
		[]string{"value", "end", "precision", "relation", "year_from"},
		func(e schema.Entities) (out [][]string) {
			for _, d := range e.Dates {
				out = append(out, withFound([]string{d.Value, d.End, d.Precision, d.Relation, d.YearFrom}, d.Found))
			}
			return out
		},
	},
	"periods": {
		[]string{"kind", "from", "to", "relation"},
		func(e schema.Entities) (out [][]string) {
			for _, p := range e.Periods {
				out = append(out, withFound([]string{p.Kind, p.From, p.To, p.Relation}, p.Found))
			}
			return out
		},
	},
	"quantities": {
		[]string{"value", "to", "unit", "qualifier", "bound", "subject"},
		func(e schema.Entities) (out [][]string) {
			for _, q := range e.Quantities {
				to := ""
				if q.To != nil {
					to = num(*q.To)
				}
				out = append(out, withFound([]string{num(q.Value), to, q.Unit, q.Qualifier, q.Bound, q.Subject}, q.Found))
			}
			return out
		},
	},
	"agencies": {
		[]string{"name", "full_name", "level", "kind"},
		func(e schema.Entities) (out [][]string) {
			for _, a := range e.Agencies {
				out = append(out, withFound([]string{a.Text, a.FullName, a.Level, a.Kind}, a.Found))
			}
			return out
		},
	},
	"people": {
		[]string{"name", "role", "titles", "agency"},
		func(e schema.Entities) (out [][]string) {
			for _, p := range e.People {
				out = append(out, withFound([]string{p.Name, str(p.Role), strings.Join(p.Titles, "、"), p.Agency}, p.Found))
			}
			return out
		},
	},
	"contacts": {
		[]string{"name", "phone", "email"},
		func(e schema.Entities) (out [][]string) {
			for _, c := range e.Contacts {
				out = append(out, withFound([]string{str(c.Name), str(c.Phone), str(c.Email)}, c.Found))
			}
			return out
		},
	},
	"phones": {
		[]string{"number", "label", "body"},
		func(e schema.Entities) (out [][]string) {
			for _, p := range e.Phones {
				out = append(out, withFound([]string{p.Number, str(p.Label), str(p.Body)}, p.Found))
			}
			return out
		},
	},
	"targets": {
		[]string{"value", "unit", "comparator", "deadline", "stance", "subject"},
		func(e schema.Entities) (out [][]string) {
			for _, t := range append(append([]schema.Target(nil), e.Targets...), e.Achievements...) {
				out = append(out, withFound([]string{num(t.Value), t.Unit, t.Comparator, str(t.Deadline), t.Stance, t.Subject}, t.Found))
			}
			return out
		},
	},
}

func entityNames() string { return keyList(entityKinds) }

func withFound(fields []string, f schema.Found) []string {
	end := ""
	if f.EndLine > 0 {
		end = strconv.Itoa(f.EndLine)
	}
	return append(fields, f.Text, strconv.Itoa(f.Line), end, f.Rule)
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func str(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// csvEncoder flattens records to one row per value of one kind, with the
// file and the item each value belongs to, for spreadsheets and pandas.
type csvEncoder struct {
	kind string
	w    *csv.Writer
}

func (e *csvEncoder) Ext() string { return ".csv" }

func (e *csvEncoder) Begin(w io.Writer, _ int) error {
	e.w = csv.NewWriter(w)
	k := entityKinds[e.kind]
	head := append([]string{"file", "part", "item", "item_title", "item_date"}, k.columns...)
	return e.w.Write(append(head, "text", "line", "end_line", "rule"))
}

func (e *csvEncoder) Record(_ io.Writer, rec *schema.Record) error {
	k := entityKinds[e.kind]
	write := func(prefix []string, ents schema.Entities) error {
		for _, r := range k.rows(ents) {
			if err := e.w.Write(append(append([]string(nil), prefix...), r...)); err != nil {
				return err
			}
		}
		return nil
	}
	file := rec.Source.Path
	if err := write([]string{file, "document", "", "", ""}, rec.Document.Entities); err != nil {
		return err
	}
	for _, it := range rec.Items {
		if err := write([]string{file, it.Kind, strconv.Itoa(it.Index), str(it.Title), str(it.Date)}, it.Entities); err != nil {
			return err
		}
	}
	for _, p := range rec.Passages {
		if err := write([]string{file, p.Role, "", "", ""}, p.Entities); err != nil {
			return err
		}
	}
	e.w.Flush()
	return e.w.Error()
}

func (e *csvEncoder) Failure(io.Writer, string, error) error { return nil }

func (e *csvEncoder) End(io.Writer) error {
	e.w.Flush()
	return e.w.Error()
}

func checkEntities(kind string) error {
	if _, ok := entityKinds[kind]; !ok {
		return fmt.Errorf("unknown --entities %q (want %s)", kind, entityNames())
	}
	return nil
}
