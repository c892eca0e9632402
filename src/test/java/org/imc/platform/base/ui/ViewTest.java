package org.imc.platform.base.ui;

import com.vaadin.browserless.ViewPackages;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A browserless test of views: the whole application context (shared with the service tests, so
 * one embedded MariaDB with the demo data) and every route of the application, so a view can
 * navigate to another feature's view or to the sign-in page. Put it on a class extending
 * {@link BrowserlessViewTest}, which reads the view packages from here (browserless testing
 * itself only looks for {@code @ViewPackages} on the test class).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ViewPackages(packages = "org.imc.platform")
public @interface ViewTest {}
