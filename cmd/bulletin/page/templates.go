package page

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"html/template"
	"strings"
)

// The pages' templates, styles and scripts. Styles and scripts are
// templates too, called inside <style> and <script>: their text goes into
// the page as it is, with nothing of a document's in it.
//
//go:embed templates/*
var files embed.FS

var templates *template.Template

func init() {
	templates = template.Must(template.New("").Funcs(template.FuncMap{
		"csp": func() string { return csp },
	}).ParseFS(files, "templates/*"))
	csp = policy()
}

// csp is the pages' Content-Security-Policy: nothing is loaded from
// anywhere, and the only scripts that run are the pages' own, named by
// their hashes, so that even text that escaped its escaping could run
// nothing.
var csp string

func policy() string {
	var hashes []string
	for _, name := range []string{"view.js", "report.js"} {
		hashes = append(hashes, "'sha256-"+scriptHash(name)+"'")
	}
	return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src " + strings.Join(hashes, " ")
}

// scriptHash is the hash of the script a page holds for the template name:
// the script as html/template writes it (without its comments), drawn
// once here as the pages draw it.
func scriptHash(name string) string {
	probe := template.Must(template.Must(templates.Clone()).Parse(`{{define "probe"}}<script>{{template "` + name + `"}}</script>{{end}}`))
	var b strings.Builder
	if err := probe.ExecuteTemplate(&b, "probe", nil); err != nil {
		panic(err)
	}
	script := strings.TrimSuffix(strings.TrimPrefix(b.String(), "<script>"), "</script>")
	sum := sha256.Sum256([]byte(script))
	return base64.StdEncoding.EncodeToString(sum[:])
}
