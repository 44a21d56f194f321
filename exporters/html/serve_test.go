package html

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestLoopbackAddr(t *testing.T) {
	cases := []struct{ in, want, err string }{
		{"127.0.0.1:8080", "127.0.0.1:8080", ""},
		{"localhost:0", "127.0.0.1:0", ""},
		{"[::1]:9000", "[::1]:9000", ""},
		{"127.3.4.5:80", "127.3.4.5:80", ""},
		{"0.0.0.0:8080", "", "non-loopback"},
		{":8080", "", "non-loopback"},
		{"[::]:8080", "", "non-loopback"},
		{"192.168.1.2:8080", "", "non-loopback"},
		{"example.com:80", "", "non-loopback"},
		{"127.0.0.1", "", "HOST:PORT"},
		{"127.0.0.1:http", "", "bad port"},
		{"127.0.0.1:70000", "", "bad port"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got, err := LoopbackAddr(c.in)
			if c.err == "" && (err != nil || got != c.want) {
				t.Errorf("got %q, %v; want %q", got, err, c.want)
			}
			if c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)) {
				t.Errorf("got %q, %v; want an error about %s", got, err, c.err)
			}
		})
	}
}

func TestServe(t *testing.T) {
	page := []byte("<!DOCTYPE html><title>t</title>")
	ctx, cancel := context.WithCancel(context.Background())
	urls := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, "127.0.0.1:0", page, func(u string) { urls <- u }) }()
	var url string
	select {
	case url = <-urls:
	case err := <-done:
		t.Fatal(err)
	}
	get := func(u, host string) (int, string, http.Header) {
		req, _ := http.NewRequest("GET", u, nil)
		if host != "" {
			req.Host = host
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b), resp.Header
	}
	code, body, h := get(url, "")
	if code != 200 || body != string(page) || !strings.HasPrefix(h.Get("Content-Type"), "text/html") || h.Get("Content-Security-Policy") != csp {
		t.Errorf("GET /: %d %q %v", code, body, h)
	}
	if code, _, _ := get(url+"other", ""); code != 404 {
		t.Errorf("GET /other: %d", code)
	}
	if code, _, _ := get(url, "evil.example:80"); code != http.StatusMisdirectedRequest {
		t.Errorf("foreign Host header: %d, want 421", code)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Serve after cancel: %v", err)
	}
	if err := Serve(context.Background(), "0.0.0.0:0", page, nil); err == nil {
		t.Error("Serve accepted 0.0.0.0")
	}
}
