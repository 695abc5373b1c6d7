/**
 * The fake Stripe.js served at GET /v3/ (js.stripe.com cannot be reached here). It offers the calls
 * the storefront makes with the real library, with the same signatures and result shapes:
 *
 *   const stripe = Stripe(publishableKey, { locale })
 *   const elements = stripe.elements({ clientSecret, locale })
 *   const payment = elements.create('payment'); payment.mount('#selector' | element); payment.on('ready' | 'change', fn)
 *   const { error, paymentIntent } = await stripe.confirmPayment({ elements, confirmParams: { return_url }, redirect: 'if_required' })
 *   const { paymentIntent } = await stripe.retrievePaymentIntent(clientSecret)
 *
 * Unlike the real Payment Element (an iframe), the card form is plain DOM: e2e tests fill it by its
 * labels (Card number / Số thẻ, Expiration date / Ngày hết hạn, Security code / Mã bảo mật). It posts
 * to this fake's /v1/payment_intents/:id/confirm with the publishable key and client secret, as
 * Stripe.js does. Client-side validation errors have Stripe's `validation_error` codes.
 */
export const fakeStripeJs = String.raw`(function () {
  'use strict';
  var current = document.currentScript;
  var API = current && current.src ? new URL(current.src).origin : window.location.origin;
  var TEXT = {
    vi: { number: 'Số thẻ', expiry: 'Ngày hết hạn', cvc: 'Mã bảo mật', incomplete_number: 'Số thẻ chưa đủ.', invalid_number: 'Số thẻ không hợp lệ.', incomplete_expiry: 'Ngày hết hạn chưa đủ.', invalid_expiry_year_past: 'Năm hết hạn của thẻ đã qua.', incomplete_cvc: 'Mã bảo mật chưa đủ.' },
    en: { number: 'Card number', expiry: 'Expiration date', cvc: 'Security code', incomplete_number: 'Your card number is incomplete.', invalid_number: 'Your card number is invalid.', incomplete_expiry: "Your card's expiration date is incomplete.", invalid_expiry_year_past: "Your card's expiration year is in the past.", incomplete_cvc: "Your card's security code is incomplete." }
  };
  function pickLocale(l) { return l && String(l).slice(0, 2) === 'vi' ? 'vi' : l === 'auto' || !l ? ((navigator.language || 'en').slice(0, 2) === 'vi' ? 'vi' : 'en') : 'en'; }
  function luhn(digits) {
    var sum = 0;
    for (var i = 0; i < digits.length; i++) {
      var d = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
      sum += d;
    }
    return sum % 10 === 0;
  }
  function intentIdOf(clientSecret) { return String(clientSecret).split('_secret_')[0]; }
  function form(params) {
    return Object.keys(params).filter(function (k) { return params[k] !== undefined; })
      .map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]); }).join('&');
  }

  function PaymentElement(elements) {
    this._elements = elements;
    this._handlers = {};
    this._root = null;
  }
  PaymentElement.prototype.on = function (name, fn) { (this._handlers[name] = this._handlers[name] || []).push(fn); return this; };
  PaymentElement.prototype.off = function (name, fn) { this._handlers[name] = (this._handlers[name] || []).filter(function (h) { return h !== fn; }); return this; };
  PaymentElement.prototype._emit = function (name, event) { (this._handlers[name] || []).forEach(function (h) { h(event); }); };
  PaymentElement.prototype.mount = function (target) {
    var host = typeof target === 'string' ? document.querySelector(target) : target;
    if (!host) throw new Error('IntegrationError: The selector you specified (' + target + ') applies to no DOM elements that are currently on the page.');
    var t = TEXT[this._elements._locale];
    var root = document.createElement('div');
    root.setAttribute('data-fake-stripe', 'payment-element');
    root.style.cssText = 'display:grid;grid-template-columns:1fr 1fr;gap:.5rem;font:inherit';
    var id = 'fake-stripe-' + Math.random().toString(36).slice(2, 8);
    function field(name, label, placeholder, autocomplete, wide) {
      var wrap = document.createElement('div');
      if (wide) wrap.style.gridColumn = '1 / -1';
      var l = document.createElement('label');
      l.htmlFor = id + '-' + name; l.textContent = label; l.style.cssText = 'display:block;font-size:.9em;margin-bottom:.2rem';
      var input = document.createElement('input');
      input.id = id + '-' + name; input.name = name; input.placeholder = placeholder; input.autocomplete = autocomplete;
      input.inputMode = 'numeric'; input.setAttribute('aria-required', 'true');
      input.style.cssText = 'width:100%;box-sizing:border-box;padding:.55rem .6rem;border:1px solid #9aa5b1;border-radius:6px;font:inherit';
      wrap.appendChild(l); wrap.appendChild(input); root.appendChild(wrap);
      return input;
    }
    this._number = field('number', t.number, '1234 1234 1234 1234', 'cc-number', true);
    this._expiry = field('expiry', t.expiry, 'MM / YY', 'cc-exp', false);
    this._cvc = field('cvc', t.cvc, 'CVC', 'cc-csc', false);
    var self = this;
    [this._number, this._expiry, this._cvc].forEach(function (input) {
      input.addEventListener('input', function () {
        var v = self._read();
        self._emit('change', { elementType: 'payment', empty: !v.number && !v.expiry && !v.cvc, complete: !self._validate(), value: { type: 'card' } });
      });
    });
    host.appendChild(root);
    this._root = root;
    this._elements._payment = this;
    setTimeout(function () { self._emit('ready', { elementType: 'payment' }); }, 0);
  };
  PaymentElement.prototype.unmount = function () { if (this._root && this._root.parentNode) this._root.parentNode.removeChild(this._root); this._root = null; };
  PaymentElement.prototype.destroy = PaymentElement.prototype.unmount;
  PaymentElement.prototype.update = function () {};
  PaymentElement.prototype.focus = function () { if (this._number) this._number.focus(); };
  PaymentElement.prototype._read = function () {
    return { number: (this._number.value || '').replace(/\D/g, ''), expiry: (this._expiry.value || '').replace(/\s/g, ''), cvc: (this._cvc.value || '').replace(/\D/g, '') };
  };
  PaymentElement.prototype._validate = function () {
    var v = this._read();
    var t = TEXT[this._elements._locale];
    function err(code) { return { type: 'validation_error', code: code, message: t[code] }; }
    if (v.number.length < 13) return err('incomplete_number');
    if (!luhn(v.number)) return err('invalid_number');
    var m = /^(\d{2})\/?(\d{2})$/.exec(v.expiry);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > 12) return err('incomplete_expiry');
    var now = new Date();
    var year = 2000 + Number(m[2]);
    if (year < now.getFullYear() || (year === now.getFullYear() && Number(m[1]) < now.getMonth() + 1)) return err('invalid_expiry_year_past');
    if (v.cvc.length < 3) return err('incomplete_cvc');
    return null;
  };

  function Elements(stripe, options) {
    if (!options || !options.clientSecret) throw new Error('IntegrationError: In order to create a payment element, you must pass a clientSecret or mode when creating the Elements group.');
    this._stripe = stripe;
    this._clientSecret = options.clientSecret;
    this._locale = pickLocale(options.locale || stripe._locale);
    this._payment = null;
  }
  Elements.prototype.create = function (type) {
    if (type !== 'payment') throw new Error('IntegrationError: this fake Stripe.js offers only the payment element, not ' + type);
    return new PaymentElement(this);
  };
  Elements.prototype.getElement = function (type) { return type === 'payment' ? this._payment : null; };
  Elements.prototype.submit = function () {
    var error = this._payment ? this._payment._validate() : { type: 'validation_error', code: 'incomplete_number', message: 'The Payment Element is not mounted.' };
    return Promise.resolve(error ? { error: error } : {});
  };

  function Stripe(key, options) {
    if (!(this instanceof Stripe)) return new Stripe(key, options);
    if (typeof key !== 'string' || key.indexOf('pk_') !== 0) throw new Error('IntegrationError: Invalid value for Stripe(): apiKey should be a publishable key (pk_…). You specified: ' + key + '.');
    this._key = key;
    this._locale = (options && options.locale) || 'auto';
  }
  Stripe.prototype.elements = function (options) { return new Elements(this, options); };
  Stripe.prototype._post = function (path, params) {
    return fetch(API + path, { method: 'POST', headers: { authorization: 'Bearer ' + this._key, 'content-type': 'application/x-www-form-urlencoded' }, body: form(params) })
      .then(function (res) { return res.json(); });
  };
  Stripe.prototype.confirmPayment = function (options) {
    var elements = options && options.elements;
    if (!elements || !(elements instanceof Elements)) return Promise.reject(new Error('IntegrationError: confirmPayment(): expected elements.'));
    var confirmParams = options.confirmParams || {};
    var redirect = options.redirect || 'always';
    if (redirect !== 'if_required' && !confirmParams.return_url) return Promise.reject(new Error('IntegrationError: confirmPayment(): the confirmParams.return_url argument is required unless passing redirect: \'if_required\''));
    var element = elements._payment;
    var invalid = element ? element._validate() : { type: 'validation_error', code: 'incomplete_number', message: 'The Payment Element is not mounted.' };
    if (invalid) return Promise.resolve({ error: invalid });
    var v = element._read();
    var secret = elements._clientSecret;
    return this._post('/v1/payment_intents/' + intentIdOf(secret) + '/confirm', {
      client_secret: secret,
      return_url: confirmParams.return_url,
      'payment_method_data[type]': 'card',
      'payment_method_data[card][number]': v.number,
      'payment_method_data[card][exp_month]': v.expiry.slice(0, 2),
      'payment_method_data[card][exp_year]': '20' + v.expiry.slice(-2),
      'payment_method_data[card][cvc]': v.cvc
    }).then(function (body) {
      if (body && body.error) return { error: body.error };
      if (redirect === 'if_required') return { paymentIntent: body };
      var target = new URL(confirmParams.return_url, window.location.href);
      target.searchParams.set('payment_intent', body.id);
      target.searchParams.set('payment_intent_client_secret', secret);
      target.searchParams.set('redirect_status', body.status === 'succeeded' ? 'succeeded' : 'failed');
      window.location.assign(target.toString());
      return new Promise(function () {});
    }, function (e) {
      return { error: { type: 'api_connection_error', message: String(e && e.message || e) } };
    });
  };
  Stripe.prototype.retrievePaymentIntent = function (clientSecret) {
    return fetch(API + '/v1/payment_intents/' + intentIdOf(clientSecret) + '?client_secret=' + encodeURIComponent(clientSecret), { headers: { authorization: 'Bearer ' + this._key } })
      .then(function (res) { return res.json(); })
      .then(function (body) { return body && body.error ? { error: body.error } : { paymentIntent: body }; });
  };
  window.Stripe = Stripe;
})();
`;
