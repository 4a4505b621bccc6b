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

// tablesKind is the --entities value that lists tables a row per table
// row; it is not in entityKinds because its rows are as wide as their
// table.
const tablesKind = "tables"

func entityNames() string {
	kinds := map[string]bool{tablesKind: true}
	for k := range entityKinds {
		kinds[k] = true
	}
	return keyList(kinds)
}

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
// document (file, title, date, numbers) and the item each value belongs
// to, so that a row read alone in a spreadsheet or pandas says where it is
// from.
type csvEncoder struct {
	kind string
	w    *csv.Writer
}

// csvDocumentColumns open every row: the file and the document's title,
// date, issue (第N期) and 发文字号.
var csvDocumentColumns = []string{"file", "doc_title", "doc_date", "doc_issue", "doc_number"}

// csvPartColumns follow: the part of the document the value is in
// (document for its header, an item's kind, a passage's role) and the item.
var csvPartColumns = []string{"part", "item", "item_title", "item_date"}

// csvTableColumns are the columns of --entities tables before the cells:
// the table's place in the document (1-based), its title and span, and the
// row's number. Then each cell is two columns, its column's header path
// and its value, as many as the table is wide.
var csvTableColumns = []string{"table", "table_title", "line", "end_line", "row", "cells"}

func (e *csvEncoder) Ext() string { return ".csv" }

func (e *csvEncoder) Begin(w io.Writer, _ int) error {
	e.w = csv.NewWriter(w)
	head := append(append([]string(nil), csvDocumentColumns...), csvPartColumns...)
	if e.kind == tablesKind {
		return e.w.Write(append(append(head, csvTableColumns...), "column_1", "value_1"))
	}
	head = append(head, entityKinds[e.kind].columns...)
	return e.w.Write(append(head, "text", "line", "end_line", "rule"))
}

func (e *csvEncoder) Record(_ io.Writer, rec *schema.Record) error {
	doc := []string{rec.Source.Path, str(rec.Document.Title), str(rec.Document.Date), str(rec.Document.Issue), str(rec.Document.DocNumber)}
	tables := 0
	write := func(part []string, ents schema.Entities) error {
		prefix := append(append([]string(nil), doc...), part...)
		var rows [][]string
		if e.kind == tablesKind {
			rows = tableRows(ents.Tables, &tables)
		} else {
			rows = entityKinds[e.kind].rows(ents)
		}
		for _, r := range rows {
			if err := e.w.Write(append(prefix[:len(prefix):len(prefix)], r...)); err != nil {
				return err
			}
		}
		return nil
	}
	if err := write([]string{"document", "", "", ""}, rec.Document.Entities); err != nil {
		return err
	}
	for _, it := range rec.Items {
		if err := write([]string{it.Kind, strconv.Itoa(it.Index), str(it.Title), str(it.Date)}, it.Entities); err != nil {
			return err
		}
	}
	for _, p := range rec.Passages {
		if err := write([]string{p.Role, "", "", ""}, p.Entities); err != nil {
			return err
		}
	}
	e.w.Flush()
	return e.w.Error()
}

// tableRows lists tables a row per data row: the table's number in the
// document (counted in *n), title, lines and the row's number, then for
// each cell its column's header path and its value.
func tableRows(tables []schema.Table, n *int) (out [][]string) {
	for _, t := range tables {
		*n++
		end := ""
		if t.EndLine > 0 {
			end = strconv.Itoa(t.EndLine)
		}
		for i, row := range t.Rows {
			r := []string{strconv.Itoa(*n), str(t.Title), strconv.Itoa(t.Line), end, strconv.Itoa(i + 1), strconv.Itoa(len(row))}
			for j, cell := range row {
				path := ""
				if j < len(t.Columns) {
					path = t.Columns[j].Path
				}
				r = append(r, path, cellText(cell))
			}
			out = append(out, r)
		}
	}
	return out
}

// cellText is a table cell as CSV writes it: a number as the text gives it,
// an empty cell as nothing.
func cellText(v any) string {
	switch c := v.(type) {
	case nil:
		return ""
	case string:
		return c
	case float64:
		return num(c)
	case int:
		return strconv.Itoa(c)
	}
	return fmt.Sprint(v)
}

func (e *csvEncoder) Failure(io.Writer, string, error) error { return nil }

func (e *csvEncoder) End(io.Writer) error {
	e.w.Flush()
	return e.w.Error()
}

func checkEntities(kind string) error {
	if _, ok := entityKinds[kind]; !ok && kind != tablesKind {
		return fmt.Errorf("unknown --entities %q (want %s)", kind, entityNames())
	}
	return nil
}
