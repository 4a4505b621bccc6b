package page

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"html/template"
	"strings"
	"sync"
)

// The pages' templates, styles and scripts. Styles and scripts are
// templates too, called inside <style> and <script>: their text goes into
// the page as it is, with nothing of a document's in it.
//
//go:embed templates/*
var files embed.FS

// templates are parsed, and the policy drawn, on first use rather than at
// package init: every command links this package, and only view and report
// draw a page, so the others (version, parse, …) should not pay for it.
// The policy is drawn inside the same once, before any page is executed,
// because html/template cannot Clone a template set that has executed.
var templates = sync.OnceValue(loadTemplates)

func loadTemplates() *template.Template {
	var csp string
	t := template.Must(template.New("").Funcs(template.FuncMap{
		"csp": func() string { return csp },
	}).ParseFS(files, "templates/*"))
	csp = policy(t)
	return t
}

// policy is the pages' Content-Security-Policy: nothing is loaded from
// anywhere, and the only scripts that run are the pages' own, named by
// their hashes, so that even text that escaped its escaping could run
// nothing.
func policy(templates *template.Template) string {
	var hashes []string
	for _, name := range []string{"view.js", "report.js"} {
		hashes = append(hashes, "'sha256-"+scriptHash(templates, name)+"'")
	}
	return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src " + strings.Join(hashes, " ")
}

// scriptHash is the hash of the script a page holds for the template name:
// the script as html/template writes it (without its comments), drawn
// once here as the pages draw it.
func scriptHash(templates *template.Template, name string) string {
	probe := template.Must(template.Must(templates.Clone()).Parse(`{{define "probe"}}<script>{{template "` + name + `"}}</script>{{end}}`))
	var b strings.Builder
	if err := probe.ExecuteTemplate(&b, "probe", nil); err != nil {
		panic(err)
	}
	script := strings.TrimSuffix(strings.TrimPrefix(b.String(), "<script>"), "</script>")
	sum := sha256.Sum256([]byte(script))
	return base64.StdEncoding.EncodeToString(sum[:])
}
