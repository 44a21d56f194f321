package gazetteer

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// moFile builds a little-endian gettext catalogue of id → translation
// pairs (ids in sorted order, as msgfmt writes them).
func moFile(pairs [][2]string) []byte {
	n := len(pairs)
	const header = 28
	origTab := header
	transTab := origTab + 8*n
	data := transTab + 8*n
	var strs bytes.Buffer
	var tabs [2][]uint32
	for k := 0; k < 2; k++ {
		for _, p := range pairs {
			tabs[k] = append(tabs[k], uint32(len(p[k])), uint32(data+strs.Len()))
			strs.WriteString(p[k])
			strs.WriteByte(0)
		}
	}
	var b bytes.Buffer
	for _, v := range []uint32{0x950412de, 0, uint32(n), uint32(origTab), uint32(transTab), 0, 0} {
		binary.Write(&b, binary.LittleEndian, v)
	}
	binary.Write(&b, binary.LittleEndian, tabs[0])
	binary.Write(&b, binary.LittleEndian, tabs[1])
	b.Write(strs.Bytes())
	return b.Bytes()
}

func TestReadCatalog(t *testing.T) {
	mo := moFile([][2]string{
		{"", "Content-Type: text/plain; charset=UTF-8\n"},
		{"1007311", "Durban"},
		{"1850147", "Tokyo"},
		{"1853909", "Osaka"},
		{"2", "Tokyo"},
		{"3", " Greater Noida "},
	})
	got, err := ReadCatalog(bytes.NewReader(mo))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Durban", "Greater Noida", "Osaka", "Tokyo"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Bad catalogues are errors, never panics.
func TestReadCatalogBad(t *testing.T) {
	good := moFile([][2]string{{"1", "Durban"}})
	for name, b := range map[string][]byte{
		"empty":      nil,
		"text":       []byte("this is not a catalogue at all, just some text"),
		"truncated":  good[:30],
		"no entries": moFile(nil),
	} {
		if _, err := ReadCatalog(bytes.NewReader(b)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestReadLines(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	os.WriteFile(a, []byte("Mary\n  Anne \n\nJohn\n"), 0o644)
	os.WriteFile(b, []byte("John\nAmir\n"), 0o644)
	got, err := readLines(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Amir", "Anne", "John", "Mary"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := readLines(filepath.Join(dir, "missing")); err == nil {
		t.Error("missing file: no error")
	}
}
