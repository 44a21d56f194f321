package gazetteer

import (
	"bytes"
	"testing"
)

// FuzzReadCatalog: any input gives entries or an error, never a panic.
func FuzzReadCatalog(f *testing.F) {
	f.Add(moFile([][2]string{{"1", "Durban"}, {"2", "Tokyo"}}))
	f.Add([]byte("\xde\x12\x04\x95\x00\x00\x00\x00\x05\x00\x00\x00\xff\xff\xff\x00\x1c\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ReadCatalog(bytes.NewReader(b))
	})
}
