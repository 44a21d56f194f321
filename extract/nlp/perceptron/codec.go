package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"sort"
)

// Models carry small tables beside their weights (tag dictionaries, lemma
// exceptions). These helpers write them as sorted, length-prefixed strings
// so the bytes are deterministic.

// WriteMap writes m sorted by key.
func WriteMap(w io.Writer, m map[string]string) error {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	flat := make([]string, 0, 2*len(keys))
	for _, k := range keys {
		flat = append(flat, k, m[k])
	}
	return WriteStrings(w, flat)
}

// ReadMap reads a map written by WriteMap.
func ReadMap(r *bufio.Reader) (map[string]string, error) {
	flat, err := ReadStrings(r)
	if err != nil {
		return nil, err
	}
	if len(flat)%2 != 0 {
		return nil, errors.New("corrupt table")
	}
	m := make(map[string]string, len(flat)/2)
	for i := 0; i < len(flat); i += 2 {
		m[flat[i]] = flat[i+1]
	}
	return m, nil
}

// WriteStrings writes a count and length-prefixed strings.
func WriteStrings(w io.Writer, ss []string) error {
	var buf [binary.MaxVarintLen64]byte
	bw := bufio.NewWriter(w)
	bw.Write(buf[:binary.PutUvarint(buf[:], uint64(len(ss)))])
	for _, s := range ss {
		bw.Write(buf[:binary.PutUvarint(buf[:], uint64(len(s)))])
		bw.WriteString(s)
	}
	return bw.Flush()
}

// ReadStrings reads strings written by WriteStrings.
func ReadStrings(r *bufio.Reader) ([]string, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err
	}
	if n > 1<<26 {
		return nil, errors.New("corrupt table size")
	}
	out := make([]string, 0, n)
	for i := uint64(0); i < n; i++ {
		l, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		if l > 1<<20 {
			return nil, errors.New("corrupt string length")
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(r, b); err != nil {
			return nil, err
		}
		out = append(out, string(b))
	}
	return out, nil
}
