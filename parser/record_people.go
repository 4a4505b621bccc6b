package parser

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/hant"
	"bulletin/parser/lexicon"
	"bulletin/schema"
)

// lastTitleWins gives each person credited as a report's writer the
// writer's title printed last with their name anywhere in the document
// (GOLD.md, people: "the last one if there are several"): a page's byline
// field (作者：某某) over a lead that credits the same person again (（记者
// 某某）, （通讯员 某某）) names one person, the later title theirs. Only
// the words of a byline (cue list byline: 作者, 记者, 通讯员 …) give way to
// one another; an editor's credit at the page's foot (编辑：某某) or a
// credit's short form (文/图) tells another part the person took, and an
// office's title stays where it is printed. Each occurrence keeps its own
// text and titles as printed.
func lastTitleWins(rec *schema.Record) {
	all := recordPeople(rec)
	last := map[string]*schema.Person{}
	for _, p := range all {
		if !writerTitle(p.Role) {
			continue
		}
		if q, ok := last[p.Name]; !ok || p.Line >= q.Line {
			last[p.Name] = p
		}
	}
	for _, p := range all {
		if q := last[p.Name]; q != nil && q != p && writerTitle(p.Role) && *p.Role != *q.Role {
			r := *q.Role
			p.Role = &r
		}
	}
}

// writerTitle reports whether role is a title that credits a report's
// writer (cue list byline), in words (作者, 记者), not a credit's short
// form (文/图, 摄); one printed in 繁體 (記者, 通訊員) is read as its
// simplified form is.
func writerTitle(role *string) bool {
	if role == nil || !lexicon.CueWordList("byline").Has(hant.Map(*role)) || utf8.RuneCountInString(*role) < 2 {
		return false
	}
	for _, r := range *role {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// untitledDuplicates drops each mention of a person printed with no
// title where the record holds a mention of the same name with the title
// printed next to it (联系人:某某 under a numbered section beside 作者:某某
// in the page's info line): the record names every distinct person once,
// with the title printed next to the name, and a role of none only where
// none is printed (GOLD.md, people); the untitled mention would say there
// is none. The titled mentions stay as printed, each with its own text
// and line, whichever part of the record holds them.
func untitledDuplicates(rec *schema.Record) {
	titled := map[string]bool{}
	for _, p := range recordPeople(rec) {
		if p.Role != nil {
			titled[p.Name] = true
		}
	}
	for _, e := range recordEntities(rec) {
		e.People = slices.DeleteFunc(e.People, func(p schema.Person) bool {
			return p.Role == nil && titled[p.Name]
		})
	}
}

// creditDuplicates drops each mention of a person credited with a label of
// the page's credits (审核:王某某 李某某, 编辑:某某) where the record holds a
// mention of the same name with a title of office printed next to it
// (…服务中心主任王某某): the record names every distinct person once, with
// the title printed at the full mention (GOLD.md, people); the credit tells
// what the same person did for the page. Only a title of office (no
// credit, status or form of address: titles.tsv's groups) keeps its
// mention so. Nothing here looks for a byline: a byline's credit (记者
// 某某, 责任编辑:某某) is left to lastTitleWins only because a byline's
// words are credits, no titles of office, so no mention of office is
// found for its name and the credit is not dropped.
func creditDuplicates(rec *schema.Record) {
	office := map[string]bool{}
	for _, p := range recordPeople(rec) {
		if p.Role != nil && officeTitle(*p.Role) {
			office[p.Name] = true
		}
	}
	for _, e := range recordEntities(rec) {
		e.People = slices.DeleteFunc(e.People, func(p schema.Person) bool {
			return p.Role != nil && office[p.Name] && lexicon.Titles().Label(hant.Map(*p.Role), 0) == "credit"
		})
	}
}

// officeTitle reports whether role, as printed, is a title of office of
// titles.tsv: one of its groups other than credit, status and address.
func officeTitle(role string) bool {
	w := hant.Map(role)
	if !lexicon.Titles().Has(w) {
		return false
	}
	switch lexicon.Titles().Label(w, 0) {
	case "credit", "status", "address":
		return false
	}
	return true
}

// recordPeople lists every mention of a person in the record, in the
// document's entities, each item's and each passage's, for the passes that
// read one person's mentions together.
func recordPeople(rec *schema.Record) []*schema.Person {
	var all []*schema.Person
	for _, e := range recordEntities(rec) {
		for i := range e.People {
			all = append(all, &e.People[i])
		}
	}
	return all
}

// recordEntities lists the record's entities: the document's, each
// item's and each passage's, in that order.
func recordEntities(rec *schema.Record) []*schema.Entities {
	all := []*schema.Entities{&rec.Document.Entities}
	for i := range rec.Items {
		all = append(all, &rec.Items[i].Entities)
	}
	for i := range rec.Passages {
		all = append(all, &rec.Passages[i].Entities)
	}
	return all
}
