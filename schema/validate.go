package schema

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/kaptinlin/jsonschema"
)

// The validator is kaptinlin/jsonschema, chosen because it compiles nothing
// when the program starts: Go runs the init of every package linked in, and
// santhosh-tekuri/jsonschema, used before, compiled five drafts'
// meta-schemas there, 4-6 ms of every command, `version` included. Here the
// record's schema is compiled on the first validation only.
var compiled = sync.OnceValues(func() (*jsonschema.Schema, error) {
	b, err := JSONSchema()
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.SetAssertFormat(true)
	// The schema refers only to itself: validating never fetches a URL.
	clear(c.Loaders)
	return c.Compile(b, SchemaID)
})

// Violation is one place where a record breaks the schema.
type Violation struct {
	Path    string // JSON pointer of the failing field, "" for the record
	Message string
}

// Validate checks a decoded JSON value (as from json.Unmarshal into any,
// numbers as float64 or json.Number) against the record schema.
func Validate(v any) ([]Violation, error) {
	s, err := compiled()
	if err != nil {
		return nil, fmt.Errorf("compiling the record schema: %w", err)
	}
	r := s.Validate(v)
	if r.IsValid() {
		return nil, nil
	}
	var out []Violation
	collect(r, r.InstanceLocation, v, &out)
	// The validator visits properties in map order; sorted, a record's
	// violations read the same from run to run.
	slices.SortStableFunc(out, func(a, b Violation) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), strings.Compare(a.Message, b.Message))
	})
	if len(out) == 0 {
		out = append(out, Violation{Message: "the record does not match the schema"})
	}
	return out, nil
}

// collect gathers the violations under r, an invalid node of the
// validator's hierarchical output, at the record's place loc, whose value
// is cur. It reports whether the node is accounted for. Only invalid nodes
// are walked (a valid oneOf keeps its failed branches). A node's own error
// is reported unless an invalid node under it, reached through that
// keyword, says more: "properties" fails because a property does, and the
// property's error is the one to give. Two of the validator's ways are
// undone here: it evaluates a missing required property as null (the
// required error above says it is missing), and it gives a property that
// additionalProperties: false refuses a node of its own saying only that
// nothing is allowed (the error above names it).
func collect(r *jsonschema.EvaluationResult, loc string, cur any, out *[]Violation) bool {
	n := len(*out)
	explained := map[string]bool{}
	for _, d := range r.Details {
		if d.IsValid() || refusedByFalse(d) {
			continue
		}
		k := keywordOf(d)
		next, ok := step(cur, d.InstanceLocation)
		if !ok && k == "properties" {
			explained[k] = true // a missing property, evaluated as null
			continue
		}
		if collect(d, loc+pointerStep(d.InstanceLocation), next, out) {
			explained[k] = true
		}
	}
	for _, k := range slices.Sorted(maps.Keys(r.Errors)) {
		if !explained[k] {
			*out = append(*out, Violation{Path: loc, Message: r.Errors[k].Error()})
		}
	}
	return len(*out) > n
}

// keywordOf is the keyword of the schema that evaluated d, the first step
// of its evaluation path ("/properties/kind" → properties); a node with an
// empty path is the schema a $ref points to.
func keywordOf(d *jsonschema.EvaluationResult) string {
	p := strings.TrimPrefix(d.EvaluationPath, "/")
	if p == "" {
		return "$ref"
	}
	k, _, _ := strings.Cut(p, "/")
	return k
}

// refusedByFalse reports whether d is the false schema refusing a value and
// nothing else.
func refusedByFalse(d *jsonschema.EvaluationResult) bool {
	if len(d.Errors) != 1 || len(d.Details) != 0 {
		return false
	}
	for _, e := range d.Errors {
		return e.Code == "false_schema_mismatch"
	}
	return false
}

// step is the value at rel, a location relative to cur as the validator
// writes it: "" for cur itself, or "/" and one key or index, not escaped.
func step(cur any, rel string) (any, bool) {
	if rel == "" {
		return cur, true
	}
	key := strings.TrimPrefix(rel, "/")
	switch v := cur.(type) {
	case map[string]any:
		x, ok := v[key]
		return x, ok
	case []any:
		if i, err := strconv.Atoi(key); err == nil && i >= 0 && i < len(v) {
			return v[i], true
		}
	}
	return nil, false
}

// pointerStep is rel as a step of a JSON pointer, its key escaped.
func pointerStep(rel string) string {
	if rel == "" {
		return ""
	}
	return "/" + strings.NewReplacer("~", "~0", "/", "~1").Replace(strings.TrimPrefix(rel, "/"))
}

// ValidateJSON decodes one JSON record and validates it.
func ValidateJSON(b []byte) ([]Violation, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber() // integers stay exact, as the schema's minimum compares them
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("invalid character after the top-level value")
	}
	return Validate(v)
}
