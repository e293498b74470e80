#include "probe/message.h"

namespace joignable::probe {
namespace {

std::string with_token(std::string text, const std::string& token) {
  for (std::size_t at = text.find("{token}"); at != std::string::npos;
       at = text.find("{token}", at + token.size())) {
    text.replace(at, 7, token);
  }
  return text;
}

// audit@cabinet.fr becomes audit+TOKEN@cabinet.fr: the reply comes back addressed to the probe.
std::string plus_address(const std::string& email, const std::string& token) {
  if (email.find("{token}") != std::string::npos) return with_token(email, token);
  const std::size_t at = email.find('@');
  if (at == std::string::npos) return email;
  return email.substr(0, at) + "+" + token + email.substr(at);
}

constexpr const char* kSubjectFr = "Test de joignabilité {token}";
constexpr const char* kSubjectEn = "Reachability check {token}";

constexpr const char* kMessageFr =
    "Bonjour,\n\n"
    "Ce message est un test de joignabilité de votre formulaire de contact, mené par {name} "
    "avec l'accord de votre entreprise. Il ne demande aucun service.\n\n"
    "Pourriez-vous simplement y répondre, comme vous le feriez pour un client ? "
    "Votre réponse nous permet de mesurer le délai de réponse.\n\n"
    "Référence du test : {token}\n\nMerci,\n{name}";
constexpr const char* kMessageEn =
    "Hello,\n\n"
    "This message is a reachability check of your contact form, carried out by {name} with "
    "your company's agreement. It asks for no service.\n\n"
    "Could you simply reply to it, as you would to a customer? Your reply lets us measure how "
    "long an answer takes.\n\n"
    "Check reference: {token}\n\nThank you,\n{name}";

std::string with_name(std::string text, const std::string& name) {
  for (std::size_t at = text.find("{name}"); at != std::string::npos;
       at = text.find("{name}", at + name.size())) {
    text.replace(at, 6, name);
  }
  return text;
}

}  // namespace

ProbeWords probe_words(const target::Target& target, const std::string& token) {
  const target::ProbeOptions& options = target.probe;
  const bool french = target.lang == "fr";
  ProbeWords words;
  words.name = options.name;
  words.email = plus_address(options.email, token);
  words.phone = options.phone;
  words.subject = with_token(
      options.subject.empty() ? (french ? kSubjectFr : kSubjectEn) : options.subject, token);
  words.message = with_name(
      with_token(options.message.empty() ? (french ? kMessageFr : kMessageEn) : options.message,
                 token),
      options.name);
  return words;
}

}  // namespace joignable::probe
