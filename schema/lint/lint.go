// Package lint holds the rules an archived issue should pass: each rule is
// a value in its own file, with an id and a severity, listed in All (one
// record at a time) or Series (across the files of one series).
package lint

import (
	"fmt"
	"sort"

	"bulletin/schema"
)

// Severities of findings.
const (
	Error   = "error"
	Warning = "warning"
)

// Finding is one thing a rule found wrong.
type Finding struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Severity string `json:"severity"`
	Rule     string `json:"rule"`
	Message  string `json:"message"`
}

func (f Finding) String() string {
	return fmt.Sprintf("%s:%d: %s %s: %s", f.File, f.Line, f.Severity, f.Rule, f.Message)
}

// Rule checks one record.
type Rule interface {
	ID() string
	Severity() string
	Check(rec *schema.Record) []Finding
}

// SeriesRule checks the records of several files together.
type SeriesRule interface {
	ID() string
	Severity() string
	CheckSeries(recs []*schema.Record) []Finding
}

// All are the rules for one record, in the order they run.
var All = []Rule{
	noIssueDate{},
	noIssuer{},
	itemNoSource{},
	dateUnresolved{},
	dateAfterIssue{},
	duplicateItem{},
	raggedTable{},
}

// Series are the rules across files.
var Series = []SeriesRule{
	issueGap{},
	issueRepeat{},
}

// Check runs every rule over the records and returns the findings sorted by
// file and line.
func Check(recs []*schema.Record) []Finding {
	var out []Finding
	for _, r := range recs {
		for _, rule := range All {
			out = append(out, rule.Check(r)...)
		}
	}
	for _, rule := range Series {
		out = append(out, rule.CheckSeries(recs)...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}

// finding makes a finding of rule r about rec.
func finding(r interface {
	ID() string
	Severity() string
}, rec *schema.Record, line int, format string, args ...any) Finding {
	return Finding{File: rec.Source.Path, Line: line, Severity: r.Severity(), Rule: r.ID(), Message: fmt.Sprintf(format, args...)}
}

// issueLine is where a record's issue date stands, or line 1.
func issueLine(rec *schema.Record, field string) int {
	if ev, ok := rec.Document.Evidence[field]; ok && ev.Line > 0 {
		return ev.Line
	}
	return 1
}
