package main

import (
	"github.com/spf13/cobra"

	"bulletin/schema"
)

func newSchemaCmd(ios *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the record that parse writes",
		Example: `  bulletin schema > record.schema.json
  bulletin schema | jq '.["$defs"].Item.properties | keys'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := schema.JSONSchema()
			if err != nil {
				return err
			}
			_, err = ios.Out.Write(append(b, '\n'))
			return err
		},
	}
}
