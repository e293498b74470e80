// What the words just before a number say about it: a fax ("Fax :", "Télécopie"), or an
// identifier that happens to look like a phone number ("Commande n° 0142685300", "P.IVA
// 01234567890", "Réf. 0612345678"). libphonenumber sees digits only; these labels are how a
// reader tells the difference. Pure functions on folded text (text_fold.h); thread-safe.
#pragma once

#include <string_view>

namespace joignable::extract {

// Whether `label` says the number after it is a phone: tél, phone, telefon, Fon, Rufnummer,
// Handy, appel, call, bel, hotline, standard, portable, mobile, whatsapp, sms, or a capital T or
// P standing alone right
// before it ("T 0221 ..."). A phone word wins over any other label.
bool label_says_phone(std::string_view label);

// Whether `label` marks a fax: "fax", "télécopie"/"télécopieur" or a capital F standing alone
// right before it ("F 919-928-5516"), and no phone word, so "Tél/Fax" stays a phone.
bool label_says_fax(std::string_view label);

// Whether `label` names an identifier rather than a phone, with no phone word:
//   - a registry, tax, bank or catalogue code among its last words: SIRET, SIREN, RCS, TVA, VAT,
//     IVA, USt, UID, MWST, Steuernummer, HRB/HRA, FN, ZVR, FINESS, IBAN, RIB, EAN, SKU, ISBN,
//     réf/référence/reference, serial, tracking, licence, promo, coupon;
//   - a record word (commande, order, produit, product, article, dossier, facture, invoice,
//     contrat, contract, colis, parcel, ticket, agrément, Bestell-, Artikel, pedido, ordine,
//     fattura, factura, Rechnung, client, customer, Kunden, adhérent, membre, member) together
//     with a number marker (n°, nº, no, nr, num, numéro, number, Nummer, #).
// "Pour toute commande : 01 42 68 53 00" and "Service client : 01 42 68 53 00" have no marker
// and stay phones; "N° client : 06 12 34 56 78" is an identifier.
bool label_says_identifier(std::string_view label);

}  // namespace joignable::extract
