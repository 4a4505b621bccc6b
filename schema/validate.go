package schema

import (
	"bytes"

	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

var compiled = sync.OnceValues(func() (*jsonschema.Schema, error) {
	b, err := JSONSchema()
	if err != nil {
		return nil, err
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(SchemaID, doc); err != nil {
		return nil, err
	}
	return c.Compile(SchemaID)
})

// Violation is one place where a record breaks the schema.
type Violation struct {
	Path    string // JSON pointer of the failing field, "" for the record
	Message string
}

// Validate checks a decoded JSON value (as from json.Unmarshal into any, or
// jsonschema.UnmarshalJSON) against the record schema.
func Validate(v any) ([]Violation, error) {
	s, err := compiled()
	if err != nil {
		return nil, fmt.Errorf("compiling the record schema: %w", err)
	}
	err = s.Validate(v)
	if err == nil {
		return nil, nil
	}
	ve, ok := err.(*jsonschema.ValidationError)
	if !ok {
		return nil, err
	}
	var out []Violation
	collect(ve.DetailedOutput(), &out)
	if len(out) == 0 {
		out = append(out, Violation{Message: ve.Error()})
	}
	return out, nil
}

// collect gathers the leaves of the validator's detailed output: the
// innermost errors, each at its instance location.
func collect(u *jsonschema.OutputUnit, out *[]Violation) {
	if u == nil {
		return
	}
	if len(u.Errors) == 0 {
		if u.Error != nil {
			*out = append(*out, Violation{Path: u.InstanceLocation, Message: u.Error.String()})
		}
		return
	}
	for i := range u.Errors {
		collect(&u.Errors[i], out)
	}
}

// ValidateJSON decodes one JSON record and validates it.
func ValidateJSON(b []byte) ([]Violation, error) {
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return Validate(v)
}
