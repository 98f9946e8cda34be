package uk.dsp.inventory.dcc;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a facade method that serves a DUIS Service Request. Its first parameter is the {@link ServiceUserRequest}
 * and it returns a {@link ServiceRequestResult}: in the method's transaction, the request's counter passes the
 * replay guard first, and the Service Audit Trail is written from the result last.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AuditedServiceRequest {}
