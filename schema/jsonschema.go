package schema

import (
	"encoding/json"
	"reflect"

	"github.com/invopop/jsonschema"
)

// SchemaID is the $id of the record's JSON Schema.
const SchemaID = "https://bulletin.invalid/schema/record-" + Version + ".json"

// JSONSchema is the JSON Schema of Record, generated from the Go types.
func JSONSchema() ([]byte, error) {
	r := &jsonschema.Reflector{
		DoNotReference:             false,
		RequiredFromJSONSchemaTags: false,
		// A field is required unless its json tag says omitempty.
		AllowAdditionalProperties: false,
	}
	s := r.ReflectFromType(reflect.TypeOf(Record{}))
	s.ID = jsonschema.ID(SchemaID)
	s.Title = "bulletin record"
	s.Description = "One record per civil-affairs document parsed by bulletin (schema_version " + Version + ")."
	return json.MarshalIndent(s, "", "  ")
}
