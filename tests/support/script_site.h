// ScriptSite: a company site whose contact points only exist once JavaScript has run, served on
// 127.0.0.1 for the renderer's tests, with a second origin (another loopback port) for a widget:
//   /                  an application shell: an empty <div id="root">, a <noscript> asking for
//                      JavaScript, and /static/app.js, which fetches /api/contact.json and writes
//                      the phone (a tel: link), the opening hours, a contact form and a link to
//                      /contact into the page
//   /contact           a contact page with text but no contact point: a script of the second
//                      origin (/widget.js there) injects a chat widget and a contact form
//   /restless          a page whose script asks /api/ping every 100 ms, forever: never settles
//   /popups            a page that opens 100 windows and raises alerts in a loop, then shows
//                      its phone number
//   /decoy             a page whose script fetches a private address (`decoy_url`), and shows
//                      an image from it, then shows its phone number
//   /hostile           a plain page linking to /restless, /popups and /decoy
// Every answer is counted by path (requests()). Not copyable.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace joignable::testing {

class ScriptSite {
 public:
  // `decoy_url`: what /decoy's script tries to reach ("http://127.0.0.2:PORT/secret").
  explicit ScriptSite(std::string decoy_url = {});
  ~ScriptSite();
  ScriptSite(const ScriptSite&) = delete;
  ScriptSite& operator=(const ScriptSite&) = delete;

  // "http://127.0.0.1:PORT" + path, on the site.
  std::string url(const std::string& path = "/") const;
  // The widget's origin, "http://127.0.0.1:PORT".
  std::string widget_origin() const;
  // Paths asked of the site and of the widget origin (prefixed "widget:"), in order. Thread-safe.
  std::vector<std::string> requests() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace joignable::testing
